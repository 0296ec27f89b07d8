package dev.ccp.dsl.jinja;

import java.nio.file.Path;
import java.util.List;

/**
 * How one render behaves.
 *
 * @param strictUndefined true: using an undefined variable is an error (Dockerfiles, service
 *                        definitions); false: undefined prints empty (container files)
 * @param searchPath      directories searched, in order, by {@code import}/{@code include}
 *                        (the template's own directory, then {@code exports/})
 */
public record RenderOptions(boolean strictUndefined, List<Path> searchPath) {

    public RenderOptions {
        searchPath = List.copyOf(searchPath);
    }

    public static RenderOptions strict() {
        return new RenderOptions(true, List.of());
    }

    public static RenderOptions lenient() {
        return new RenderOptions(false, List.of());
    }

    public RenderOptions withSearchPath(List<Path> path) {
        return new RenderOptions(strictUndefined, path);
    }
}
