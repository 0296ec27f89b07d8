package dev.ccp.harness;

import java.util.List;

/**
 * How the harness decides that a long-running container is ready: the pod's readiness probe,
 * run the way the kubelet would on the one node.
 */
public sealed interface Readiness {

    /** No probe: ready while running. */
    record Running() implements Readiness {
    }

    /** {@code exec}: the command exits 0 inside the container. */
    record Exec(List<String> command) implements Readiness {
        public Exec {
            command = List.copyOf(command);
        }
    }

    /** {@code httpGet}: a 2xx or 3xx answer on the host network. */
    record HttpGet(String scheme, int port, String path) implements Readiness {
    }

    /** {@code tcpSocket}: the port accepts a connection on the host network. */
    record TcpSocket(int port) implements Readiness {
    }
}
