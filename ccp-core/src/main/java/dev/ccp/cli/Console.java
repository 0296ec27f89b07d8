package dev.ccp.cli;

import dev.ccp.dsl.problem.CcpException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Where a command writes: results to {@code out}, messages to {@code err}. Injected so tests can
 * capture both. Messages are filtered by the verbosity the user chose.
 */
public final class Console {

    /** Message levels, from always shown to shown only with -vv or --debug. */
    public enum Level { ERROR, WARN, INFO, DEBUG }

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private Level threshold = Level.INFO;
    private boolean debugMode;
    private PrintWriter logFile;

    public Console(PrintWriter out, PrintWriter err, boolean terminal) {
        this.out = Objects.requireNonNull(out);
        this.err = Objects.requireNonNull(err);
        this.terminal = terminal;
    }

    public static Console system() {
        return new Console(new PrintWriter(System.out, true), new PrintWriter(System.err, true), System.console() != null);
    }

    /** A console writing into strings, for tests. */
    public static Console capturing(StringWriter out, StringWriter err) {
        return new Console(new PrintWriter(out, true), new PrintWriter(err, true), false);
    }

    public void threshold(Level level) {
        this.threshold = level;
    }

    /** 0 (quiet): errors only; 1: up to info; 2 or more: everything. */
    public void verbosity(int verbosity) {
        threshold(verbosity >= 2 ? Level.DEBUG : verbosity == 0 ? Level.ERROR : Level.INFO);
    }

    /** Debug mode: debug messages and stack traces of failures. */
    public void debugMode(boolean on) {
        debugMode = on;
        if (on) {
            threshold(Level.DEBUG);
        }
    }

    public boolean debugMode() {
        return debugMode;
    }

    public boolean hasLogFile() {
        return logFile != null;
    }

    /** Also writes every message, whatever the verbosity, to {@code file} (appending). */
    public void openLogFile(Path file) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            logFile = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
        } catch (IOException e) {
            throw new CcpException("cannot open log file " + file + ": " + e.getMessage());
        }
    }

    public boolean isTerminal() {
        return terminal;
    }

    public PrintWriter out() {
        return out;
    }

    /** The raw error stream, for stack traces under {@code --debug}. */
    public PrintWriter errWriter() {
        return err;
    }

    /** Prints a result line on stdout. */
    public void println(String line) {
        out.println(line);
        out.flush();
    }

    public void error(String message) {
        message(Level.ERROR, message);
    }

    public void warn(String message) {
        message(Level.WARN, message);
    }

    public void info(String message) {
        message(Level.INFO, message);
    }

    public void debug(String message) {
        message(Level.DEBUG, message);
    }

    public boolean enabled(Level level) {
        return level.compareTo(threshold) <= 0;
    }

    private void message(Level level, String message) {
        if (logFile != null) {
            logFile.println(level + " " + message);
            logFile.flush();
        }
        if (!enabled(level)) {
            return;
        }
        String prefix = switch (level) {
            case ERROR -> "ccp: error: ";
            case WARN -> "ccp: warning: ";
            default -> "";
        };
        err.println(prefix + message);
        err.flush();
    }
}
