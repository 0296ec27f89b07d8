package dev.ccp.builders.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The outcome of a build run: one result per processed image, in build order.
 *
 * @param results     one per image
 * @param wall        how long the run took
 * @param interrupted whether the run was cancelled (SIGINT/SIGTERM)
 */
public record BuildReport(List<ImageResult> results, Duration wall, boolean interrupted) {

    public BuildReport {
        results = List.copyOf(results);
        Objects.requireNonNull(wall, "wall");
    }

    /** True when any build or push failed (skipped and cancelled images are not failures themselves). */
    public boolean failed() {
        return results.stream().anyMatch(result -> result.state() == ImageState.FAILED);
    }

    /** 0, or 1 when anything failed or the run was interrupted. */
    public int exitCode() {
        return failed() || interrupted ? 1 : 0;
    }

    public List<ImageResult> inState(ImageState state) {
        return results.stream().filter(result -> result.state() == state).toList();
    }

    /**
     * The summary: a line per state that occurred ({@code 2 image(s) built: a, b}), then, for each
     * failure, its reason, the last lines of its output and where its full log is.
     */
    public List<String> summaryLines() {
        List<String> lines = new ArrayList<>();
        for (ImageState state : ImageState.values()) {
            List<ImageResult> matching = inState(state);
            if (matching.isEmpty()) {
                continue;
            }
            String names = matching.stream()
                    .map(r -> state == ImageState.SKIPPED || state == ImageState.FAILED ? r.name() + " (" + r.detail() + ")" : r.name())
                    .collect(Collectors.joining(", "));
            lines.add(matching.size() + " image(s) " + state.label() + ": " + names);
        }
        for (ImageResult failure : inState(ImageState.FAILED)) {
            lines.add("--- " + failure.name() + " failed: " + failure.detail());
            failure.logTail().forEach(line -> lines.add("    " + line));
            failure.logFile().ifPresent(file -> lines.add("    full log: " + file));
        }
        lines.add(String.format(Locale.ROOT, "%d image(s) in %.1f s%s", results.size(), wall.toMillis() / 1000.0,
                interrupted ? " (interrupted)" : ""));
        return lines;
    }

    /** The report as JSON: {@code {"failed": bool, "interrupted": bool, "wall_seconds": n, "images": [...]}}. */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("failed", failed());
        root.put("interrupted", interrupted);
        root.put("wall_seconds", wall.toMillis() / 1000.0);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ImageState state : ImageState.values()) {
            counts.put(state.label(), (long) inState(state).size());
        }
        root.put("counts", counts);
        List<Map<String, Object>> images = new ArrayList<>();
        for (ImageResult result : results) {
            Map<String, Object> image = new LinkedHashMap<>();
            image.put("name", result.name());
            image.put("image", result.reference());
            image.put("state", result.state().label());
            image.put("detail", result.detail());
            image.put("hash", result.hash());
            image.put("seconds", result.elapsed().toMillis() / 1000.0);
            image.put("log", result.logFile().map(Object::toString).orElse(null));
            image.put("log_tail", result.logTail());
            images.add(image);
        }
        root.put("images", images);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the build report as JSON", e);
        }
    }
}
