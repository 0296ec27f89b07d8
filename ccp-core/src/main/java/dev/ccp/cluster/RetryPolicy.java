package dev.ccp.cluster;

import dev.ccp.dsl.problem.CcpException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Retries transient failures ({@link ClusterFailure#isTransient}) with exponential backoff:
 * {@code initialDelay}, doubled each time up to {@code maxDelay}, at most {@code attempts}
 * tries in all. The action is run again from the start, so it must re-read what it depends on.
 */
public record RetryPolicy(int attempts, Duration initialDelay, Duration maxDelay, Pause pause) {

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be >= 1");
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(pause, "pause");
    }

    /** 6 tries, 200 ms doubling to 5 s (about 10 s in all before giving up). */
    public static RetryPolicy standard() {
        return new RetryPolicy(6, Duration.ofMillis(200), Duration.ofSeconds(5), Pause.real());
    }

    public RetryPolicy withPause(Pause other) {
        return new RetryPolicy(attempts, initialDelay, maxDelay, other);
    }

    /**
     * Runs {@code action} until it succeeds, fails for good, or the attempts are used up; a
     * final failure becomes {@code CcpException("<what> failed: <reason>")}.
     */
    public <T> T call(String what, Supplier<T> action) {
        Duration delay = initialDelay;
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (CcpException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!ClusterFailure.isTransient(e) || attempt >= attempts) {
                    String tries = attempt > 1 ? " (after " + attempt + " attempts)" : "";
                    throw new CcpException(what + " failed: " + ClusterFailure.reason(e) + tries, e);
                }
                pause.sleep(delay);
                delay = delay.multipliedBy(2).compareTo(maxDelay) > 0 ? maxDelay : delay.multipliedBy(2);
            }
        }
    }

    public void run(String what, Runnable action) {
        call(what, () -> {
            action.run();
            return null;
        });
    }
}
