package dev.ccp.dsl.cloud;

import dev.ccp.dsl.component.RenderContexts;
import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.config.ConfigMerger;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.dsl.yaml.ConfigTree;
import dev.ccp.dsl.yaml.KeyPath;
import dev.ccp.dsl.jinja.JinjaDialect;
import java.util.LinkedHashMap;
import java.util.Map;

/** The render contexts of service definitions, built from the merged configuration (REFERENCE 2.3, 2.6). */
public final class ConfigRenderContexts implements RenderContexts {

    /** The variable naming the service being rendered, read by {@code address()}. */
    public static final String CURRENT_SERVICE = "_current_service";

    private final CcpConfig config;
    private final ConfigTree tree;
    private final Map<String, Object> base;

    public ConfigRenderContexts(LoadedConfig loaded) {
        this.config = loaded.config();
        this.tree = loaded.tree();
        // Converted once for the template engine, shared by every base definition's render.
        this.base = JinjaDialect.prepareContext(config.renderContext());
    }

    @Override
    public Map<String, Object> base() {
        return base;
    }

    @Override
    public Problem configProblem(KeyPath path, String message) {
        return tree.problemAt(path, message);
    }

    @Override
    public Map<String, Object> forAlias(String alias) {
        Map<String, Object> context = new LinkedHashMap<>(
                ConfigMerger.overlay(base, ConfigMerger.serviceConfigs(config.services(), alias)));
        context.put(CURRENT_SERVICE, alias);
        return JinjaDialect.prepareContext(context);
    }
}
