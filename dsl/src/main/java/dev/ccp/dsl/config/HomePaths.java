package dev.ccp.dsl.config;

import java.nio.file.Path;

/** The shell's {@code ~} for configuration paths. */
final class HomePaths {

    private HomePaths() {
    }

    /** {@code path} with a leading {@code ~} (alone or followed by {@code /}) replaced by {@code home}. */
    static String expand(String path, Path home) {
        if (path.equals("~")) {
            return home.toString();
        }
        return path.startsWith("~/") ? home.resolve(path.substring(2)).toString() : path;
    }
}
