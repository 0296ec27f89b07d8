package dev.ccp.entrypoint.etcd;

import dev.ccp.dsl.problem.CcpException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * How etcd calls are retried (REFERENCE 8.5): up to {@code attempts} calls in total with
 * {@code delay} between them; each call may take {@code callTimeout}; the last error propagates.
 *
 * @param attempts    calls in total ({@code etcd.connection_attempts}, default 20)
 * @param delay       pause between calls ({@code etcd.connection_delay}, default 5 s)
 * @param callTimeout how long one call may take
 */
public record EtcdRetry(int attempts, Duration delay, Duration callTimeout) {

    public static final EtcdRetry DEFAULT = new EtcdRetry(20, Duration.ofSeconds(5), Duration.ofSeconds(5));

    public EtcdRetry {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
        }
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(callTimeout, "callTimeout");
    }

    /**
     * Runs {@code call} until it succeeds or {@code attempts} calls failed.
     *
     * @param what names the operation in the error, e.g. {@code get /ccp/ccp/status/...}
     * @throws EtcdUnavailableException with the last error when every call failed
     */
    public <T> T call(String what, Supplier<CompletableFuture<T>> call) throws InterruptedException {
        Throwable last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                Thread.sleep(delay.toMillis());
            }
            CompletableFuture<T> future = null;
            try {
                future = call.get();
                return future.get(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                last = e.getCause();
            } catch (TimeoutException e) {
                future.cancel(true);
                last = new TimeoutException("no answer within " + callTimeout.toMillis() + " ms");
            } catch (RuntimeException e) {
                last = e;
            }
        }
        throw new EtcdUnavailableException(what + ": failed after " + attempts + " attempt(s): " + describe(last), last);
    }

    private static String describe(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    /** etcd did not answer, or refused, every attempt of a call. */
    public static final class EtcdUnavailableException extends CcpException {
        public EtcdUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
