package dev.ccp.builders.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one image ended.
 *
 * @param name           the image name
 * @param reference      the full image reference
 * @param hash           its content hash
 * @param state          the outcome
 * @param detail         why it failed or was skipped; empty otherwise
 * @param imageAvailable whether the image exists locally with this hash afterwards (children may build on it)
 * @param elapsed        time spent on it
 * @param logTail        the last output lines of a failed build or push
 * @param logFile        the full log of its build, if one was written
 */
public record ImageResult(String name, String reference, String hash, ImageState state, String detail,
        boolean imageAvailable, Duration elapsed, List<String> logTail, Optional<Path> logFile) {

    public ImageResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(elapsed, "elapsed");
        logTail = List.copyOf(logTail);
        Objects.requireNonNull(logFile, "logFile");
    }

    /** {@code keystone: built in 4.2 s}, {@code nova-api: skipped: parent nova-base failed}, ... */
    public String describe() {
        String text = name + ": " + state.label();
        if (state == ImageState.BUILT || state == ImageState.PUSHED || state == ImageState.FAILED) {
            text += " in " + String.format(java.util.Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0);
        }
        return detail.isEmpty() ? text : text + ": " + detail;
    }
}
