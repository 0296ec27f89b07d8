package dev.ccp.dsl.jinja.engine;

import com.google.common.collect.SetMultimap;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.DisabledException;
import com.hubspot.jinjava.lib.exptest.ExpTest;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import com.hubspot.jinjava.lib.fn.MacroFunction;
import com.hubspot.jinjava.lib.tag.Tag;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The root of every render's context: the tags, filters, tests and functions of the dialect,
 * shared by all renders on all threads. It is filled once, then only read:
 * <ul>
 *   <li>the bookkeeping Jinjava pushes up to parent contexts is dropped here;</li>
 *   <li>an unknown or Jinjava-only filter, test or tag is an error, as in Jinja2 (Jinjava
 *       silently prints nothing for an unknown filter).</li>
 * </ul>
 * Each render gets its own child context, so sharing this one costs nothing per render.
 */
final class LibraryContext extends Context {

    private final Map<Library, Set<String>> disabled;
    private List<ELFunctionDefinition> functions;

    LibraryContext(Map<Library, Set<String>> disabled) {
        super(null, null, disabled);
        this.disabled = Map.copyOf(disabled);
    }

    /** Ends registration; from now on the library is read-only. */
    void freeze() {
        functions = List.copyOf(super.getAllFunctions());
    }

    @Override
    public Filter getFilter(String name) {
        Filter filter = isDisabled(Library.FILTER, name) ? null : super.getFilter(name);
        if (filter == null) {
            throw new TemplateRuntimeError("No filter named '" + name + "'.");
        }
        return filter;
    }

    @Override
    public ExpTest getExpTest(String name) {
        ExpTest test = isDisabled(Library.EXP_TEST, name) ? null : super.getExpTest(name);
        if (test == null) {
            throw new TemplateRuntimeError("No test named '" + name + "'.");
        }
        return test;
    }

    /** {@code null} (an unknown tag) for the Jinjava-only tags too, so both read the same. */
    @Override
    public Tag getTag(String name) {
        if (isDisabled(Library.TAG, name)) {
            return null;
        }
        try {
            return super.getTag(name);
        } catch (DisabledException e) {
            return null;
        }
    }

    @Override
    public Collection<ELFunctionDefinition> getAllFunctions() {
        return functions != null ? functions : super.getAllFunctions();
    }

    private boolean isDisabled(Library library, String name) {
        return disabled.getOrDefault(library, Set.of()).contains(name);
    }

    // Jinjava pushes this bookkeeping up to every parent context; the shared root ignores it.

    @Override
    public void addResolvedExpression(String expression) {
    }

    @Override
    public void addResolvedValue(String value) {
    }

    @Override
    public void addResolvedFunction(String function) {
    }

    @Override
    public void addDependency(String type, String identification) {
    }

    @Override
    public void addDependencies(SetMultimap<String, String> dependencies) {
    }

    @Override
    public Map<String, MacroFunction> getGlobalMacros() {
        return Map.of();
    }

    @Override
    public void addGlobalMacro(MacroFunction macro) {
        throw new UnsupportedOperationException("the shared library holds no macros");
    }
}
