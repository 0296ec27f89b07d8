package dev.ccp.dsl.service;

/**
 * The probes of a container ({@code containers[].probes}).
 *
 * @param readiness null when not given; may be {@link ProbeType#COMMAND}
 * @param liveness  null when not given; exec or httpGet
 */
public record Probes(Probe readiness, Probe liveness) {

    public static final Probes NONE = new Probes(null, null);

    public Probes {
        if (liveness != null && liveness.type() == ProbeType.COMMAND) {
            throw new IllegalArgumentException("a liveness probe must be exec or httpGet");
        }
    }
}
