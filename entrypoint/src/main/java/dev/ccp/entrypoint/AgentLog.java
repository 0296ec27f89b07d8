package dev.ccp.entrypoint;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The agent's log, in the original's format {@code <date>.<ms> - <name> - <LEVEL> - <message>}
 * (REFERENCE 8), one line per call, on the stream it is given (the container's stderr).
 */
public final class AgentLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    private final PrintStream out;
    private final String name;
    private final Clock clock;

    public AgentLog(PrintStream out, String name, Clock clock) {
        this.out = Objects.requireNonNull(out, "out");
        this.name = Objects.requireNonNull(name, "name");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public AgentLog(PrintStream out) {
        this(out, "ccp-entrypoint", Clock.systemDefaultZone());
    }

    public void info(String message) {
        line("INFO", message);
    }

    public void warn(String message) {
        line("WARNING", message);
    }

    public void error(String message) {
        line("ERROR", message);
    }

    private void line(String level, String message) {
        String time = LocalDateTime.now(clock).format(TIME);
        synchronized (out) {
            out.println(time + " - " + name + " - " + level + " - " + message);
            out.flush();
        }
    }
}
