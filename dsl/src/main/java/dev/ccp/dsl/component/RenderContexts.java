package dev.ccp.dsl.component;

import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.yaml.KeyPath;
import java.util.Map;

/**
 * The Jinja contexts service definitions are rendered with. The configuration side builds them
 * (merging is not the loader's business); tests use plain maps.
 */
public interface RenderContexts {

    /**
     * For base service definitions and actions: {@code configs} deep-merged with
     * {@code secret_configs}, with {@code namespace}, {@code cluster_domain} and {@code services}
     * injected (REFERENCE 2.3).
     */
    Map<String, Object> base();

    /**
     * For re-rendering a definition as {@code alias}: {@link #base()} plus the alias's
     * service-level configs (its own and those of its mapping targets) and
     * {@code _current_service} = {@code alias} (REFERENCE 2.3 step 7, 2.6).
     */
    Map<String, Object> forAlias(String alias);

    /**
     * A problem about a configuration value ({@code services.<alias>.service_def}), located at
     * the file and line that set it when the configuration side knows them.
     */
    default Problem configProblem(KeyPath path, String message) {
        return Problem.at(null, path.toString(), message);
    }
}
