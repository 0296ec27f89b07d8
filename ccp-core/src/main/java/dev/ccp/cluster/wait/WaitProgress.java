package dev.ccp.cluster.wait;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** One look at the objects being waited for. */
public record WaitProgress(List<ReadinessState> states, Duration elapsed) {

    public WaitProgress {
        states = List.copyOf(states);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public long ready() {
        return states.stream().filter(ReadinessState::isReady).count();
    }

    public int total() {
        return states.size();
    }

    public boolean allReady() {
        return ready() == total();
    }

    public List<ReadinessState> pending() {
        return states.stream().filter(s -> !s.isReady()).toList();
    }

    public List<ReadinessState> failed() {
        return states.stream().filter(ReadinessState::isFailed).toList();
    }

    public long jobsTotal() {
        return states.stream().filter(s -> s.ref().kind().equals("Job")).count();
    }

    public long jobsCompleted() {
        return states.stream().filter(s -> s.ref().kind().equals("Job") && s.isReady()).count();
    }

    /** {@code 3 of 5 ready, jobs 1 of 2 completed (12s)}. */
    public String headline() {
        String jobs = jobsTotal() == 0 ? "" : ", jobs " + jobsCompleted() + " of " + jobsTotal() + " completed"
                + (failed().isEmpty() ? "" : ", " + failed().size() + " failing");
        return ready() + " of " + total() + " ready" + jobs + " (" + elapsed.toSeconds() + "s)";
    }
}
