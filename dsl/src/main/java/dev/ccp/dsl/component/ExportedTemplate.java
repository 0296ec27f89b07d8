package dev.ccp.dsl.component;

import java.util.Objects;

/**
 * One shared macro file from the {@code exports/} directories (REFERENCE 7.8).
 *
 * @param key      the ConfigMap key: only the letters of the file name ({@code oslomessagingj})
 * @param fileName the file name, as imported by templates ({@code oslo_messaging.j2}); the first
 *                 seen when several repositories export the same key
 * @param body     the template text; bodies of files with the same key from several
 *                 repositories are sorted and joined with a newline
 */
public record ExportedTemplate(String key, String fileName, String body) {

    public ExportedTemplate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(body, "body");
    }

    /** The name the import header binds: the file name without its extension. */
    public String moduleName() {
        return moduleNameOf(fileName);
    }

    /** {@code oslo_messaging} for {@code oslo_messaging.j2}. */
    public static String moduleNameOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? fileName : fileName.substring(0, dot);
    }

    /** {@code {% import '<file>' as <module> with context %}}. */
    public String importStatement() {
        return "{% import '" + fileName + "' as " + moduleName() + " with context %}";
    }
}
