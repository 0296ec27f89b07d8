package dev.ccp.cluster.wait;

import dev.ccp.cluster.ObjectRef;
import java.util.Objects;

/** Where one object stands: ready, still progressing (and on what), or failed (and why). */
public record ReadinessState(ObjectRef ref, Phase phase, String detail) {

    public enum Phase { READY, PENDING, FAILED }

    public ReadinessState {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(phase, "phase");
        detail = detail == null ? "" : detail;
    }

    public boolean isReady() {
        return phase == Phase.READY;
    }

    public boolean isFailed() {
        return phase == Phase.FAILED;
    }

    /** {@code Deployment/keystone: 1 of 3 replicas available}. */
    public String describe() {
        return detail.isEmpty() ? ref.toString() : ref + ": " + detail;
    }
}
