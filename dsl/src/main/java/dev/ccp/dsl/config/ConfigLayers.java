package dev.ccp.dsl.config;

import dev.ccp.dsl.yaml.Origin;
import dev.ccp.dsl.yaml.KeyPath;

/** How origins name the configuration layers (see {@link ConfigMerger} for their order). */
public final class ConfigLayers {

    /** The built-in defaults of the tool ({@code defaults.yaml} resource). */
    public static final String GLOBAL_DEFAULTS = "global defaults";
    /** A component repository's {@code service/files/defaults.yaml}. */
    public static final String COMPONENT_DEFAULTS = "component defaults";
    /** The user's configuration files: the file name says it all. */
    public static final String USER = "";

    private ConfigLayers() {
    }

    /** The origin of a value the tool copied from {@code source} (set at {@code sourceOrigin}). */
    static Origin copiedFrom(KeyPath source, Origin sourceOrigin) {
        String label = "copied from " + source;
        if (sourceOrigin.file() == null) {
            return Origin.builtIn(label + " (" + sourceOrigin.layer() + ")");
        }
        return new Origin(label, sourceOrigin.file(), sourceOrigin.line());
    }
}
