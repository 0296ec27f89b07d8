package dev.ccp.entrypoint.gate;

import dev.ccp.dsl.problem.CcpException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The deadline passed with gates still closed; the message names the first key and what was seen. */
public class GateTimeoutException extends CcpException {

    private final transient List<GateStatus> closed;

    public GateTimeoutException(Duration waited, List<GateStatus> closed) {
        super(message(waited, closed));
        this.closed = List.copyOf(closed);
    }

    /** The gates still closed at the deadline, first the one the message names. */
    public List<GateStatus> closed() {
        return closed;
    }

    private static String message(Duration waited, List<GateStatus> closed) {
        GateStatus first = closed.get(0);
        String message = "timed out after " + Durations.text(waited) + " waiting for " + first.gate().dependency()
                + ": key " + first.gate().key() + " is not set (last seen: " + first.lastSeen() + ")";
        if (closed.size() > 1) {
            message += "; also still waiting for " + closed.subList(1, closed.size()).stream()
                    .map(s -> s.gate().key()).collect(Collectors.joining(", "));
        }
        return message;
    }
}
