package dev.ccp.cluster.wait;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Shows {@link WaitProgress} to a person. Not on a terminal: a plain line whenever what is
 * shown changes. On a terminal: a block (headline plus one line per pending object) redrawn
 * in place with ANSI cursor movement.
 */
public final class ProgressDisplay {

    private static final int MAX_PENDING_LINES = 15;

    private final PrintWriter out;
    private final boolean terminal;
    private int drawnLines;
    private String lastPlain = "";

    public ProgressDisplay(PrintWriter out, boolean terminal) {
        this.out = Objects.requireNonNull(out, "out");
        this.terminal = terminal;
    }

    public void show(WaitProgress progress) {
        if (terminal) {
            redraw(lines(progress));
        } else {
            String line = plainLine(progress);
            if (!line.equals(lastPlain)) {
                out.println(line);
                out.flush();
                lastPlain = line;
            }
        }
    }

    /** The block shown on a terminal. */
    public static List<String> lines(WaitProgress progress) {
        List<String> lines = new ArrayList<>();
        lines.add(progress.headline());
        List<ReadinessState> pending = progress.pending();
        pending.stream().limit(MAX_PENDING_LINES).forEach(s -> lines.add("  waiting: " + s.describe()));
        if (pending.size() > MAX_PENDING_LINES) {
            lines.add("  ... and " + (pending.size() - MAX_PENDING_LINES) + " more");
        }
        return lines;
    }

    /** The line printed when not on a terminal (without the elapsed time, so it changes only with progress). */
    public static String plainLine(WaitProgress progress) {
        String headline = progress.headline();
        String counts = headline.substring(0, headline.lastIndexOf(" ("));
        List<ReadinessState> pending = progress.pending();
        if (pending.isEmpty()) {
            return counts;
        }
        StringBuilder line = new StringBuilder(counts).append("; waiting: ");
        for (int i = 0; i < Math.min(pending.size(), 5); i++) {
            line.append(i == 0 ? "" : ", ").append(pending.get(i).describe());
        }
        if (pending.size() > 5) {
            line.append(", ... (").append(pending.size() - 5).append(" more)");
        }
        return line.toString();
    }

    private void redraw(List<String> lines) {
        StringBuilder frame = new StringBuilder();
        if (drawnLines > 0) {
            frame.append("\033[").append(drawnLines).append('F');
        }
        for (String line : lines) {
            frame.append("\033[2K").append(line).append('\n');
        }
        for (int i = lines.size(); i < drawnLines; i++) {
            frame.append("\033[2K\n");
        }
        int extra = Math.max(0, drawnLines - lines.size());
        if (extra > 0) {
            frame.append("\033[").append(extra).append('F');
        }
        drawnLines = lines.size();
        out.print(frame);
        out.flush();
    }
}
