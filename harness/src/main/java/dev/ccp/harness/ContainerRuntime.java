package dev.ccp.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The container engine the harness starts pods on: the local Docker Engine in production. */
public interface ContainerRuntime {

    /** What the harness asks the engine to start for one container of a pod. */
    record Start(
            String name,
            LocalContainer container,
            Map<String, String> labels,
            List<String> extraHosts,
            boolean hostPid,
            Restart restart) {

        public Start {
            labels = Map.copyOf(labels);
            extraHosts = List.copyOf(extraHosts);
        }
    }

    /** Kubernetes' restart semantics in Docker's terms. */
    record Restart(boolean always, int maxRetries) {
        public static Restart whenStopped() {
            return new Restart(true, 0);
        }

        public static Restart onFailure(int maxRetries) {
            return new Restart(false, maxRetries);
        }
    }

    /** A container's state as the engine reports it. */
    record State(boolean running, boolean restarting, int exitCode, int restartCount) {
    }

    /** Makes sure the image is there, pulling it when it is not. */
    void ensureImage(String image);

    /** Creates and starts the container; returns its id. */
    String start(Start start);

    State state(String id);

    /** Runs a command inside the running container; its exit code, or -1 when it could not run in time. */
    int exec(String id, List<String> command, Duration timeout);

    /** The last lines the container printed (stdout and stderr). */
    List<String> tail(String id, int lines);

    /** Everything the container printed, into {@code file}. */
    void saveLogs(String id, Path file);

    /** Ids of the containers, running or not, that carry the label. */
    List<String> labelled(String label, String value);

    /** Stops and removes the container. */
    void remove(String id);
}
