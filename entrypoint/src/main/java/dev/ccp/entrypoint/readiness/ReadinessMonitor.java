package dev.ccp.entrypoint.readiness;

import dev.ccp.entrypoint.AgentLog;
import dev.ccp.entrypoint.gate.LeasedKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps a container's readiness visible without a process per kubelet probe: every interval it
 * runs the check; while ready the {@code ready} keys are held under a kept-alive lease and the
 * ready file exists (the kubelet's probe only tests it); when not ready the lease is revoked, so
 * the keys vanish at once, and the file is removed. Changes are logged, steady states are not.
 */
public final class ReadinessMonitor implements AutoCloseable {

    private final ReadinessCheck check;
    private final LeasedKeys keys;
    private final Path readyFile;
    private final Duration interval;
    private final AgentLog log;
    private ScheduledExecutorService scheduler;
    private Boolean lastReady;

    public ReadinessMonitor(ReadinessCheck check, LeasedKeys keys, Path readyFile, Duration interval, AgentLog log) {
        this.check = Objects.requireNonNull(check, "check");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.readyFile = Objects.requireNonNull(readyFile, "readyFile");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Checks now, then every interval, on a daemon thread. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ccp-readiness");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::checkQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the check once and publishes or withdraws readiness accordingly. */
    public synchronized ReadinessCheck.Result checkOnce() throws InterruptedException {
        ReadinessCheck.Result result = check.check();
        if (result.ready()) {
            keys.hold();
            touch();
        } else {
            removeFile();
            keys.release();
        }
        if (lastReady == null || lastReady != result.ready()) {
            if (result.ready()) {
                log.info("Ready: " + result.detail() + "; set " + String.join(", ", keys.keys()));
            } else {
                log.warn("Not ready: " + result.detail() + "; removed " + String.join(", ", keys.keys()));
            }
        }
        lastReady = result.ready();
        return result;
    }

    private void checkQuietly() {
        try {
            checkOnce();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Readiness could not be published: " + e.getMessage());
            lastReady = null;
        }
    }

    private void touch() {
        try {
            Files.createDirectories(readyFile.getParent());
            if (!Files.exists(readyFile)) {
                Files.writeString(readyFile, "");
            }
        } catch (IOException e) {
            log.error("Cannot create " + readyFile + ": " + e.getMessage());
        }
    }

    private void removeFile() {
        try {
            Files.deleteIfExists(readyFile);
        } catch (IOException e) {
            log.error("Cannot remove " + readyFile + ": " + e.getMessage());
        }
    }

    /** Stops checking, removes the file and revokes the lease. */
    @Override
    public void close() throws InterruptedException {
        ScheduledExecutorService running;
        synchronized (this) {
            running = scheduler;
            scheduler = null;
        }
        if (running != null) {
            running.shutdownNow();
            running.awaitTermination(10, TimeUnit.SECONDS);
        }
        synchronized (this) {
            removeFile();
            keys.release();
            keys.close();
        }
    }
}
