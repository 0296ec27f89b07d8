package dev.ccp.entrypoint.gate;

import dev.ccp.entrypoint.etcd.EtcdRetry;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.KeyValue;
import io.etcd.jetcd.Watch;
import io.etcd.jetcd.kv.GetResponse;
import io.etcd.jetcd.options.PutOption;
import io.etcd.jetcd.options.WatchOption;
import io.etcd.jetcd.watch.WatchEvent;
import io.etcd.jetcd.watch.WatchResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The gate protocol over etcd, in one place for the agent and the CLI: publish a state key
 * (optionally under a lease), test a key, and wait for keys with one deadline. Waiting reads
 * each key once and then watches it from the revision after that read, so a key set in
 * between is not missed and a gate opens as soon as etcd reports the put. Nothing here logs or
 * exits: progress goes to a {@link GateProgress}, failures are exceptions.
 */
public final class EtcdGates {

    /** The value written to state keys. */
    public static final String VALUE = "1";
    /** How often {@link GateProgress} hears about closed gates. */
    public static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(30);

    private final Client client;
    private final EtcdRetry retry;
    private final Clock clock;
    private final Duration progressInterval;

    public EtcdGates(Client client, EtcdRetry retry) {
        this(client, retry, Clock.systemUTC(), PROGRESS_INTERVAL);
    }

    public EtcdGates(Client client, EtcdRetry retry, Clock clock, Duration progressInterval) {
        this.client = Objects.requireNonNull(client, "client");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progressInterval = Objects.requireNonNull(progressInterval, "progressInterval");
    }

    /** Sets {@code key} without a lease: it stays until deleted. */
    public void publish(String key) throws InterruptedException {
        publish(key, 0L);
    }

    /** Sets {@code key} under lease {@code leaseId} (0: no lease); it vanishes with the lease. */
    public void publish(String key, long leaseId) throws InterruptedException {
        PutOption option = leaseId == 0L ? PutOption.DEFAULT : PutOption.builder().withLeaseId(leaseId).build();
        retry.call("put " + key, () -> client.getKVClient().put(bytes(key), bytes(VALUE), option));
    }

    /** Whether {@code key} exists now. */
    public boolean exists(String key) throws InterruptedException {
        return retry.call("get " + key, () -> client.getKVClient().get(bytes(key))).getCount() > 0;
    }

    /**
     * Waits until every gate's key exists.
     *
     * @param deadline when to give up
     * @param progress told every {@link #PROGRESS_INTERVAL} which gates are still closed
     * @throws GateTimeoutException at the deadline, naming the first closed gate's key
     */
    public void await(List<Gate> gates, Instant deadline, GateProgress progress) throws InterruptedException {
        Instant start = clock.instant();
        List<KeyWatch> watches = new ArrayList<>();
        try {
            for (Gate gate : gates) {
                KeyWatch watch = new KeyWatch(gate);
                watches.add(watch);
                watch.arm();
            }
            CompletableFuture<Void> all = CompletableFuture.allOf(
                    watches.stream().map(w -> w.opened).toArray(CompletableFuture[]::new));
            Instant nextReport = start.plus(progressInterval);
            while (true) {
                Instant now = clock.instant();
                if (!now.isBefore(deadline)) {
                    if (all.isDone()) {
                        return;
                    }
                    throw new GateTimeoutException(Duration.between(start, now), closed(watches));
                }
                Instant wakeUp = deadline.isBefore(nextReport) ? deadline : nextReport;
                try {
                    all.get(Math.max(1, Duration.between(now, wakeUp).toMillis()), TimeUnit.MILLISECONDS);
                    return;
                } catch (TimeoutException e) {
                    if (!clock.instant().isBefore(nextReport)) {
                        progress.stillWaiting(Duration.between(start, clock.instant()), closed(watches));
                        nextReport = nextReport.plus(progressInterval);
                    }
                } catch (ExecutionException e) {
                    throw new IllegalStateException("gate watch failed", e.getCause());
                }
            }
        } finally {
            watches.forEach(KeyWatch::close);
        }
    }

    private static List<GateStatus> closed(List<KeyWatch> watches) {
        return watches.stream().filter(w -> !w.opened.isDone()).map(KeyWatch::status).toList();
    }

    static ByteSequence bytes(String text) {
        return ByteSequence.from(text, StandardCharsets.UTF_8);
    }

    /** One gate's read-then-watch; re-armed when the watch fails for good. */
    private final class KeyWatch {

        private final Gate gate;
        private final CompletableFuture<Void> opened = new CompletableFuture<>();
        private volatile String lastSeen = "never present";
        private volatile Watch.Watcher watcher;
        private volatile boolean closed;

        KeyWatch(Gate gate) {
            this.gate = gate;
        }

        GateStatus status() {
            return new GateStatus(gate, lastSeen);
        }

        /** Reads the key; when absent, watches it from the revision after the read. */
        void arm() throws InterruptedException {
            GetResponse response = retry.call("get " + gate.key(), () -> client.getKVClient().get(bytes(gate.key())));
            if (response.getCount() > 0) {
                KeyValue kv = response.getKvs().get(0);
                lastSeen = "'" + kv.getValue().toString(StandardCharsets.UTF_8) + "' at revision " + kv.getModRevision();
                opened.complete(null);
                return;
            }
            WatchOption option = WatchOption.builder().withRevision(response.getHeader().getRevision() + 1).build();
            synchronized (this) {
                if (!closed) {
                    watcher = client.getWatchClient().watch(bytes(gate.key()), option,
                            Watch.listener(this::onEvents, this::onError));
                }
            }
        }

        private void onEvents(WatchResponse response) {
            for (WatchEvent event : response.getEvents()) {
                KeyValue kv = event.getKeyValue();
                if (event.getEventType() == WatchEvent.EventType.PUT) {
                    lastSeen = "'" + kv.getValue().toString(StandardCharsets.UTF_8) + "' at revision " + kv.getModRevision();
                    opened.complete(null);
                } else if (event.getEventType() == WatchEvent.EventType.DELETE) {
                    lastSeen = "deleted at revision " + kv.getModRevision();
                }
            }
        }

        /** jetcd resumes a watch across reconnects itself; an error here ended it: read and watch again. */
        private void onError(Throwable error) {
            lastSeen = "watch interrupted (" + error.getMessage() + "), re-established";
            if (opened.isDone() || closed) {
                return;
            }
            CompletableFuture.runAsync(() -> {
                try {
                    closeWatcher();
                    if (!closed) {
                        arm();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    onError(e);
                }
            }, CompletableFuture.delayedExecutor(retry.delay().toMillis(), TimeUnit.MILLISECONDS));
        }

        private synchronized void closeWatcher() {
            if (watcher != null) {
                watcher.close();
                watcher = null;
            }
        }

        synchronized void close() {
            closed = true;
            closeWatcher();
        }
    }
}
