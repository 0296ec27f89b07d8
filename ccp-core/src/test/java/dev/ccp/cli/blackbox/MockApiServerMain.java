package dev.ccp.cli.blackbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@link MockApiServer} as a process of its own, for {@code tools/bench-deploy.sh}: a Fabric8
 * mock API server in CRUD mode on loopback with nodes registered and a kubeconfig written.
 * <pre>
 * java -cp TEST_CLASSPATH dev.ccp.cli.blackbox.MockApiServerMain WORK_DIR NODE[,NODE...]
 * </pre>
 * Prints {@code ready PORT KUBECONFIG}, then answers lines on stdin: {@code writes} prints
 * {@code writes N} and the N write requests ("METHOD path") received since the last
 * {@code writes}; {@code quit} (or the end of stdin) stops the server.
 */
public final class MockApiServerMain {

    /** Held here so that its level stays set. */
    private static final Logger FABRIC8_LOG = Logger.getLogger("io.fabric8");

    private MockApiServerMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: MockApiServerMain WORK_DIR NODE[,NODE...]");
            System.exit(2);
        }
        // The mock logs every request at INFO: time spent in the server, not in ccp.
        FABRIC8_LOG.setLevel(Level.WARNING);
        Path work = Files.createDirectories(Path.of(args[0]));
        List<String> nodes = List.of(args[1].split(","));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (MockApiServer api = MockApiServer.start(work, nodes)) {
            out.println("ready " + api.port() + " " + work.resolve("kubeconfig"));
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null && !line.trim().equals("quit")) {
                if (line.trim().equals("writes")) {
                    List<String> writes = api.writes();
                    out.println("writes " + writes.size());
                    writes.forEach(out::println);
                } else if (!line.isBlank()) {
                    out.println("unknown command: " + line.trim());
                }
            }
        }
    }
}
