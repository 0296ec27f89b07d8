package dev.ccp.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The tool version and the DSL version it understands, from a resource filled at build time. */
public record Version(String tool, String dsl) {

    public static Version load() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties missing from the ccp jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Version(properties.getProperty("ccp.version"), properties.getProperty("dsl.version"));
    }

    /** {@code ccp 0.1.0, dsl version 0.10.0}, the format of the original. */
    public String describe() {
        return "ccp " + tool + ", dsl version " + dsl;
    }
}
