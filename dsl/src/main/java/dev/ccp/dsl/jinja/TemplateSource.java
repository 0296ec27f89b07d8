package dev.ccp.dsl.jinja;

import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A template's text and the name errors should use for it (usually its file path).
 *
 * @param name shown in error messages
 * @param text the template source
 */
public record TemplateSource(String name, String text) {

    public TemplateSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    public static TemplateSource of(String name, String text) {
        return new TemplateSource(name, text);
    }

    /** Reads a template file; an unreadable file is an input error naming it. */
    public static TemplateSource read(Path file) {
        try {
            return new TemplateSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.at(file.toString(), "", "cannot read template: " + e.getMessage()));
        }
    }
}
