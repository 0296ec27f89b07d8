package dev.ccp.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
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
    private Level threshold = Level.WARN;
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

    public void logFile(PrintWriter file) {
        this.logFile = file;
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
