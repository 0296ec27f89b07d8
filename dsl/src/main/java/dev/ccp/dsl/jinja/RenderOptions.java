package dev.ccp.dsl.jinja;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one render behaves.
 *
 * @param strictUndefined true: using an undefined variable is an error (Dockerfiles, service
 *                        definitions); false: undefined prints empty (container files)
 * @param searchPath      directories searched, in order, by {@code import}/{@code include}
 *                        (the template's own directory, then {@code exports/})
 * @param functions       extra global functions for this render only, by name (the image
 *                        builder's {@code image_spec}, {@code copy_sources}, {@code render})
 * @param hostResolver    what the {@code gethostbyname} filter does ({@link HostResolver#DNS} by
 *                        default; {@link HostResolver#IDENTITY} keeps a render offline)
 */
public record RenderOptions(boolean strictUndefined, List<Path> searchPath,
                            Map<String, TemplateFunction> functions, HostResolver hostResolver) {

    public RenderOptions {
        searchPath = List.copyOf(searchPath);
        functions = Map.copyOf(functions);
        Objects.requireNonNull(hostResolver, "hostResolver");
    }

    public RenderOptions(boolean strictUndefined, List<Path> searchPath) {
        this(strictUndefined, searchPath, Map.of(), HostResolver.DNS);
    }

    public static RenderOptions strict() {
        return new RenderOptions(true, List.of());
    }

    public static RenderOptions lenient() {
        return new RenderOptions(false, List.of());
    }

    public RenderOptions withSearchPath(List<Path> path) {
        return new RenderOptions(strictUndefined, path, functions, hostResolver);
    }

    /** These options plus the global function {@code name} (replacing one of the same name). */
    public RenderOptions withFunction(String name, TemplateFunction function) {
        Map<String, TemplateFunction> all = new HashMap<>(functions);
        all.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(function, "function"));
        return new RenderOptions(strictUndefined, searchPath, all, hostResolver);
    }

    public RenderOptions withFunctions(Map<String, TemplateFunction> extra) {
        Map<String, TemplateFunction> all = new HashMap<>(functions);
        all.putAll(extra);
        return new RenderOptions(strictUndefined, searchPath, all, hostResolver);
    }

    public RenderOptions withHostResolver(HostResolver resolver) {
        return new RenderOptions(strictUndefined, searchPath, functions, resolver);
    }
}
