package dev.ccp.entrypoint.gate;

import java.util.Objects;

/**
 * A gate still closed, and what was last seen of its key.
 *
 * @param gate     the gate
 * @param lastSeen e.g. {@code never present}, {@code deleted at revision 42}, {@code watch interrupted: ...}
 */
public record GateStatus(Gate gate, String lastSeen) {

    public GateStatus {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(lastSeen, "lastSeen");
    }

    @Override
    public String toString() {
        return gate.key() + " (last seen: " + lastSeen + ")";
    }
}
