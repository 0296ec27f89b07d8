package dev.ccp.builders.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Live progress for a terminal (issue 5 point 8): a table of the images being worked on (image,
 * state, elapsed, last output line) redrawn in place with ANSI cursor movements, and a permanent
 * line above it for each image that ended. Build threads only queue events; one writer thread
 * ({@link #start}) applies them and draws, at most once per interval. Lines are cut to the
 * terminal width so that none wraps (a wrapped line would break the cursor arithmetic).
 */
public final class BuildProgressTable implements BuildListener, AutoCloseable {

    static final String ESC = "\u001b[";
    private static final String CLEAR_LINE = ESC + "2K";
    private static final String CLEAR_BELOW = ESC + "J";

    private final Writer out;
    private final int width;
    private final int total;
    private final LongSupplier nanoTime;
    private final Queue<Event> events = new ConcurrentLinkedQueue<>();
    private final Map<String, Row> running = new LinkedHashMap<>();
    private final Object drawing = new Object();
    private ScheduledExecutorService writer;
    private int drawnLines;
    private int done;
    private String lastFrame = "";

    /**
     * @param out      where frames go (the terminal)
     * @param width    the terminal width in columns
     * @param total    how many images the run processes
     * @param nanoTime the clock elapsed times are measured with ({@link System#nanoTime} outside tests)
     */
    public BuildProgressTable(Writer out, int width, int total, LongSupplier nanoTime) {
        this.out = Objects.requireNonNull(out, "out");
        if (width < 20) {
            throw new IllegalArgumentException("width must be at least 20 columns, got " + width);
        }
        this.width = width;
        this.total = total;
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** The terminal width: {@code COLUMNS} when it is a positive number, else 120. */
    public static int terminalWidth(Map<String, String> environment) {
        try {
            int columns = Integer.parseInt(environment.getOrDefault("COLUMNS", "").trim());
            return columns >= 20 ? columns : 120;
        } catch (NumberFormatException e) {
            return 120;
        }
    }

    /** Starts the writer thread, drawing at most once per {@code intervalMillis}. */
    public synchronized BuildProgressTable start(long intervalMillis) {
        if (writer == null) {
            writer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "ccp-build-progress");
                thread.setDaemon(true);
                return thread;
            });
            writer.scheduleWithFixedDelay(this::redraw, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
        }
        return this;
    }

    @Override
    public void started(String image) {
        events.add(new Event(image, EventKind.STARTED, "", nanoTime.getAsLong()));
    }

    @Override
    public void output(String image, String line) {
        events.add(new Event(image, EventKind.OUTPUT, line, nanoTime.getAsLong()));
    }

    @Override
    public void finished(ImageResult result, int done, int total) {
        events.add(new Event(result.name(), EventKind.FINISHED, "[" + done + "/" + total + "] " + result.describe(),
                nanoTime.getAsLong()));
    }

    /** Applies the queued events and draws a frame when anything visible changed. */
    public void redraw() {
        synchronized (drawing) {
            List<String> ended = applyEvents();
            List<String> table = table();
            String frame = String.join("\n", table);
            if (ended.isEmpty() && frame.equals(lastFrame)) {
                return;
            }
            StringBuilder text = new StringBuilder();
            moveToTop(text);
            ended.forEach(line -> text.append(CLEAR_LINE).append(fit(line)).append('\n'));
            table.forEach(line -> text.append(CLEAR_LINE).append(line).append('\n'));
            text.append(CLEAR_BELOW);
            write(text);
            drawnLines = table.size();
            lastFrame = frame;
        }
    }

    /** Stops the writer thread, prints the lines of images that ended since the last frame and erases the table. */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = writer;
            writer = null;
        }
        if (stopping != null) {
            stopping.shutdown();
            try {
                stopping.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (drawing) {
            List<String> ended = applyEvents();
            StringBuilder text = new StringBuilder();
            moveToTop(text);
            ended.forEach(line -> text.append(CLEAR_LINE).append(fit(line)).append('\n'));
            text.append(CLEAR_BELOW);
            write(text);
            drawnLines = 0;
            lastFrame = "";
        }
    }

    private List<String> applyEvents() {
        List<String> ended = new ArrayList<>();
        for (Event event = events.poll(); event != null; event = events.poll()) {
            switch (event.kind()) {
                case STARTED -> running.put(event.image(), new Row(event.at()));
                case OUTPUT -> {
                    Row row = running.get(event.image());
                    if (row != null) {
                        row.lastLine = event.text();
                        if (event.text().startsWith(BuildRunner.PUSH_LINE_PREFIX)) {
                            row.state = "pushing";
                        }
                    }
                }
                case FINISHED -> {
                    running.remove(event.image());
                    done++;
                    ended.add(event.text());
                }
            }
        }
        return ended;
    }

    private List<String> table() {
        List<String> lines = new ArrayList<>();
        lines.add(fit("building: " + done + "/" + total + " done, " + running.size() + " running"));
        int nameWidth = running.keySet().stream().mapToInt(String::length).max().orElse(0);
        long now = nanoTime.getAsLong();
        running.forEach((image, row) -> {
            String elapsed = TimeUnit.NANOSECONDS.toSeconds(now - row.since) + "s";
            String line = String.format(Locale.ROOT, "  %-" + nameWidth + "s  %-8s %5s  %s", image, row.state, elapsed,
                    printable(row.lastLine));
            lines.add(fit(line.stripTrailing()));
        });
        return lines;
    }

    private void moveToTop(StringBuilder text) {
        if (drawnLines > 0) {
            text.append('\r').append(ESC).append(drawnLines).append('A');
        }
    }

    /** Cut to one column less than the width, so that the cursor never wraps to the next line. */
    private String fit(String line) {
        int room = width - 1;
        if (line.length() <= room) {
            return line;
        }
        return line.substring(0, room - 3) + "...";
    }

    private static String printable(String line) {
        return line.replace('\t', ' ').replaceAll("\\p{Cntrl}", "");
    }

    private void write(CharSequence text) {
        try {
            out.append(text);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write build progress", e);
        }
    }

    private enum EventKind { STARTED, OUTPUT, FINISHED }

    private record Event(String image, EventKind kind, String text, long at) {
    }

    /** What the table shows of one running image. */
    private static final class Row {
        private final long since;
        private String state = "building";
        private String lastLine = "";

        Row(long since) {
            this.since = since;
        }
    }
}
