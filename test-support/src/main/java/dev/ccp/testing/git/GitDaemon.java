package dev.ccp.testing.git;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * {@code git daemon} serving every repository under a directory on 127.0.0.1 and a free port,
 * started by a test and stopped by {@link #close()}.
 */
public final class GitDaemon implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);
    private static final int ATTEMPTS = 5;

    private final Process process;
    private final int port;

    private GitDaemon(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Serves {@code basePath}: {@code git://127.0.0.1:<port>/<name>} is {@code basePath/<name>}. */
    public static GitDaemon serve(Path basePath) throws IOException, InterruptedException {
        IOException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = freePort();
            Path log = basePath.resolve("daemon-" + port + ".log");
            Process process = new ProcessBuilder("git", "daemon", "--reuseaddr", "--listen=127.0.0.1", "--port=" + port,
                    "--base-path=" + basePath, "--export-all", "--enable=upload-pack",
                    "--pid-file=" + basePath.resolve("daemon-" + port + ".pid"), basePath.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (awaitListening(process, port)) {
                return new GitDaemon(process, port);
            }
            stop(process);
            last = new IOException("git daemon did not listen on 127.0.0.1:" + port + ": " + Files.readString(log));
        }
        throw last;
    }

    /** The {@code git://} URL of the repository {@code name} under the base path. */
    public String url(String name) {
        return "git://127.0.0.1:" + port + "/" + name;
    }

    @Override
    public void close() {
        try {
            stop(process);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean awaitListening(Process process, int port) throws InterruptedException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        return false;
    }
}
