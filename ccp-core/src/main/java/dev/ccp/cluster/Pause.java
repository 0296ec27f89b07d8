package dev.ccp.cluster;

import dev.ccp.dsl.problem.CcpException;
import java.time.Duration;

/** Waiting between attempts and polls; tests pass one that only advances a clock. */
@FunctionalInterface
public interface Pause {

    void sleep(Duration duration);

    /** Sleeps on the calling thread; an interrupt ends the wait with a CcpException. */
    static Pause real() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CcpException("interrupted", e);
            }
        };
    }
}
