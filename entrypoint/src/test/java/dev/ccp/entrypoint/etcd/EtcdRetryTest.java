package dev.ccp.entrypoint.etcd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** REFERENCE 8.5: 3 attempts, first fails then succeeds: 2 calls; always failing: 3 calls then the error. */
class EtcdRetryTest {

    private final EtcdRetry retry = new EtcdRetry(3, Duration.ZERO, Duration.ofSeconds(1));

    @Test
    void aFailureFollowedBySuccessTakesTwoCalls() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String value = retry.call("get k", () -> calls.incrementAndGet() == 1
                ? CompletableFuture.failedFuture(new IllegalStateException("unavailable"))
                : CompletableFuture.completedFuture("v"));
        assertThat(value).isEqualTo("v");
        assertThat(calls).hasValue(2);
    }

    @Test
    void alwaysFailingStopsAfterTheAttemptsWithTheLastError() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> retry.call("get k", () -> CompletableFuture.failedFuture(
                new IllegalStateException("unavailable " + calls.incrementAndGet()))))
                .isInstanceOf(EtcdRetry.EtcdUnavailableException.class)
                .hasMessage("get k: failed after 3 attempt(s): unavailable 3");
        assertThat(calls).hasValue(3);
    }
}
