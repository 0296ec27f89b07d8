package dev.ccp.dsl.jinja.engine;

import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.loader.ResourceLocator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Finds {@code import}ed and {@code include}d templates like Jinja2's ChoiceLoader of
 * FileSystemLoaders: the render's search path in order, first match wins. Line endings are
 * prepared as for the top-level template (CRLF, trailing newline). Names must stay inside the search directories.
 */
final class SearchPathLocator implements ResourceLocator {

    @Override
    public String getString(String name, Charset encoding, JinjavaInterpreter interpreter) throws IOException {
        RenderState state = interpreter instanceof DialectInterpreter dialect
                ? dialect.state()
                : DialectInterpreter.currentState();
        Path relative = Path.of(name);
        if (relative.isAbsolute() || relative.normalize().startsWith("..") || name.contains("\\")) {
            throw new IOException("template '" + name + "' not found: names must be relative and stay inside the search path");
        }
        for (Path directory : state.searchPath()) {
            Path candidate = directory.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                try {
                    return TemplateText.prepare(Files.readString(candidate, encoding));
                } catch (NoSuchFileException e) {
                    // removed since the check; try the next directory
                }
            }
        }
        String searched = state.searchPath().isEmpty()
                ? "no search path given"
                : "searched " + state.searchPath().stream().map(Path::toString).collect(Collectors.joining(", "));
        throw new IOException("template '" + name + "' not found (" + searched + ")");
    }
}
