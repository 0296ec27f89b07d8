package dev.ccp.entrypoint.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A single-member etcd of the test's own, on free ports with its own data directory, so a test
 * can stop and restart it (the shared etcd on 2379 is never touched). Stopping kills the process
 * the hard way; {@link #start()} again reuses the same ports and data, as a restarted pod would.
 */
public final class PrivateEtcd implements AutoCloseable {

    private static final Duration HEALTHY_WITHIN = Duration.ofSeconds(20);

    private final Path dataDir;
    private final Path logFile;
    private final int clientPort;
    private final int peerPort;
    private Process process;

    private PrivateEtcd(Path workDir, int clientPort, int peerPort) {
        this.dataDir = workDir.resolve("data");
        this.logFile = workDir.resolve("etcd.log");
        this.clientPort = clientPort;
        this.peerPort = peerPort;
    }

    /** Starts an etcd under {@code workDir} and waits until it reports healthy. */
    public static PrivateEtcd startIn(Path workDir) {
        PrivateEtcd etcd = new PrivateEtcd(workDir, freePort(), freePort());
        etcd.start();
        return etcd;
    }

    /** {@code http://127.0.0.1:<client port>}. */
    public String endpoint() {
        return "http://127.0.0.1:" + clientPort;
    }

    /** Starts the process (again) on the same ports and data directory; waits for /health. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        String peer = "http://127.0.0.1:" + peerPort;
        ProcessBuilder builder = new ProcessBuilder(List.of("etcd", "--name", "t",
                "--data-dir", dataDir.toString(),
                "--listen-client-urls", endpoint(), "--advertise-client-urls", endpoint(),
                "--listen-peer-urls", peer, "--initial-advertise-peer-urls", peer,
                "--initial-cluster", "t=" + peer))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            fail("cannot start the etcd binary (is it installed?): " + e.getMessage());
        }
        awaitHealthy();
    }

    /** Kills the process (SIGKILL) and waits until it is gone. */
    public synchronized void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        process = null;
    }

    private void awaitHealthy() {
        Instant giveUp = Instant.now().plus(HEALTHY_WITHIN);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                fail("etcd exited with " + process.exitValue() + ": " + log());
            }
            if (healthy()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail("etcd on " + endpoint() + " not healthy within " + HEALTHY_WITHIN + ": " + log());
    }

    private boolean healthy() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(endpoint() + "/health").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(500);
            try {
                return connection.getResponseCode() == 200
                        && new String(connection.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("true");
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    private String log() {
        try {
            return Files.exists(logFile) ? Files.readString(logFile) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
