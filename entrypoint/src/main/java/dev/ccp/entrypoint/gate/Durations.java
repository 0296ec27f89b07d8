package dev.ccp.entrypoint.gate;

import java.time.Duration;

/** Short human text for durations in log lines and messages: {@code 250ms}, {@code 42s}, {@code 30m}, {@code 1h5m}. */
public final class Durations {

    private Durations() {
    }

    public static String text(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + "ms";
        }
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + "s";
        }
        long minutes = seconds / 60;
        long restSeconds = seconds % 60;
        if (minutes < 60) {
            return minutes + "m" + (restSeconds == 0 ? "" : restSeconds + "s");
        }
        return minutes / 60 + "h" + (minutes % 60 == 0 ? "" : minutes % 60 + "m");
    }
}
