package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.lib.exptest.ExpTest;
import com.hubspot.jinjava.lib.filter.Filter;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import com.hubspot.jinjava.lib.tag.Tag;
import java.util.List;

/** The tags, filters, tests and global functions a dialect adds to (or replaces in) Jinjava's. */
public record Builtins(List<Tag> tags, List<Filter> filters, List<ExpTest> tests, List<ELFunctionDefinition> functions) {

    public Builtins {
        tags = List.copyOf(tags);
        filters = List.copyOf(filters);
        tests = List.copyOf(tests);
        functions = List.copyOf(functions);
    }
}
