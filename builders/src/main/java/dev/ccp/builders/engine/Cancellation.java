package dev.ccp.builders.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A one-way switch telling running work to stop. Actions registered with {@link #onCancel}
 * run once, at cancellation (or at once if already cancelled).
 */
public final class Cancellation {

    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;

    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(actions);
            actions.clear();
        }
        toRun.forEach(Runnable::run);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Registers {@code action}; the returned handle unregisters it when the work ends first. */
    public AutoCloseable onCancel(Runnable action) {
        boolean runNow;
        synchronized (this) {
            runNow = cancelled;
            if (!runNow) {
                actions.add(action);
            }
        }
        if (runNow) {
            action.run();
        }
        return () -> {
            synchronized (this) {
                actions.remove(action);
            }
        };
    }
}
