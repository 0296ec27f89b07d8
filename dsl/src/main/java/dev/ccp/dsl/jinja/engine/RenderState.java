package dev.ccp.dsl.jinja.engine;

import dev.ccp.dsl.jinja.HostResolver;
import java.nio.file.Path;
import java.util.List;

/**
 * What one render needs beyond the template and its variables; every interpreter of the render
 * (imports included) carries it.
 *
 * @param strict       undefined values raise on use
 * @param searchPath   directories for {@code import} and {@code include}, in order
 * @param hostResolver what the {@code gethostbyname} filter uses
 */
public record RenderState(boolean strict, List<Path> searchPath, HostResolver hostResolver) {

    /** For code running outside a dialect render. */
    public static final RenderState LENIENT = new RenderState(false, List.of(), HostResolver.DNS);

    public RenderState {
        searchPath = List.copyOf(searchPath);
    }
}
