package dev.ccp.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when the code under test pauses. */
public final class FakeTime extends Clock {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private Runnable onPause = () -> { };

    public Pause pause() {
        return d -> {
            now = now.plus(d);
            onPause.run();
        };
    }

    public void onPause(Runnable action) {
        onPause = action;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
