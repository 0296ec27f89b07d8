package dev.ccp.entrypoint.gate;

import java.time.Duration;
import java.util.List;

/** Told periodically, while gates are closed, what is still awaited (the agent logs it). */
@FunctionalInterface
public interface GateProgress {

    GateProgress SILENT = (elapsed, closed) -> { };

    /**
     * @param elapsed how long the wait has lasted
     * @param closed  the gates still closed, in the order they were given
     */
    void stillWaiting(Duration elapsed, List<GateStatus> closed);
}
