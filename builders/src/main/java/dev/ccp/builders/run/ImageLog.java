package dev.ccp.builders.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The output of one image's work: written in full to {@code <logDir>/<image>.log}, passed to
 * the listener, and its last lines kept for the summary. A log file that cannot be written
 * does not fail the build (the lines still reach the listener).
 */
final class ImageLog implements AutoCloseable {

    static final int TAIL_LINES = 20;

    private final String image;
    private final BuildListener listener;
    private final Path file;
    private final Deque<String> tail = new ArrayDeque<>();
    private BufferedWriter writer;

    ImageLog(String image, Path logDir, BuildListener listener) {
        this.image = image;
        this.listener = listener;
        this.file = logDir.resolve(image + ".log");
        try {
            Files.createDirectories(logDir);
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            writer = null;
        }
    }

    synchronized void line(String line) {
        tail.addLast(line);
        if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
        }
        if (writer != null) {
            try {
                writer.write(line);
                writer.newLine();
            } catch (IOException e) {
                writer = null;
            }
        }
        listener.output(image, line);
    }

    synchronized List<String> tail() {
        return List.copyOf(tail);
    }

    Optional<Path> file() {
        return writer == null ? Optional.empty() : Optional.of(file);
    }

    @Override
    public synchronized void close() {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                writer = null;
            }
        }
    }
}
