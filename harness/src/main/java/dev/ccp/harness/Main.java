package dev.ccp.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ccp-harness}: runs the objects of {@code ccp deploy --dry-run --export-dir} on the local
 * Docker Engine, for testing on machines without Kubernetes. A real cluster runs the same objects.
 *
 * <pre>
 * ccp-harness up   --export-dir DIR --node NAME [--namespace NS] [--state-dir DIR] [--timeout SECONDS]
 *                  [--cluster-domain D] [--share-host-path PATH]...
 * ccp-harness down --namespace NS [--state-dir DIR] [--purge]
 * </pre>
 */
public final class Main {

    private static final String USAGE = """
            usage: ccp-harness up   --export-dir DIR --node NAME [--namespace NS] [--state-dir DIR]
                                    [--timeout SECONDS] [--cluster-domain DOMAIN] [--share-host-path PATH]...
                   ccp-harness down --namespace NS [--state-dir DIR] [--purge]
            up:   starts every pod of the export on this machine's Docker Engine (host network, one node)
                  and waits until every pod is ready and every job complete; exit 1 otherwise.
            down: removes the environment's containers; --purge also its state (host-path data).""";

    private Main() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (HarnessException e) {
            System.err.println("ccp-harness: " + e.getMessage());
            System.exit(1);
        }
    }

    static int run(String[] args) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            System.out.println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Map<String, List<String>> options = options(args);
        String command = args[0];
        switch (command) {
            case "up" -> {
                Path exportDir = Path.of(required(options, "--export-dir"));
                ExportedObjects objects = ExportedObjects.read(exportDir);
                NodeSettings node = node(options, namespace(options, objects));
                Duration timeout = Duration.ofSeconds(Long.parseLong(single(options, "--timeout", "900")));
                EnvironmentRun run = new EnvironmentRun(DockerRuntime.connect(), node, System.out::println);
                EnvironmentRun.Outcome outcome = run.up(objects, timeout);
                System.out.printf("%s in %.1f s%n", outcome.settled() ? "every pod ready, every job complete" : "NOT settled",
                        outcome.elapsed().toMillis() / 1000.0);
                return outcome.settled() ? 0 : 1;
            }
            case "down" -> {
                NodeSettings node = node(options, required(options, "--namespace"));
                EnvironmentRun run = new EnvironmentRun(DockerRuntime.connect(), node, System.out::println);
                if (options.containsKey("--purge")) {
                    run.purge();
                } else {
                    run.down();
                }
                return 0;
            }
            default -> {
                System.err.println("ccp-harness: unknown command " + command + "\n" + USAGE);
                return 2;
            }
        }
    }

    private static String namespace(Map<String, List<String>> options, ExportedObjects objects) {
        if (options.containsKey("--namespace")) {
            return single(options, "--namespace", null);
        }
        return objects.all().stream()
                .map(o -> o.getMetadata().getLabels() == null ? null : o.getMetadata().getLabels().get("ccp-environment"))
                .filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new HarnessException("the export names no environment (label ccp-environment): give --namespace"));
    }

    private static NodeSettings node(Map<String, List<String>> options, String namespace) {
        Path state = Path.of(single(options, "--state-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "ccp-harness", namespace).toString())).toAbsolutePath();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return new NodeSettings(single(options, "--node", "local"), namespace,
                single(options, "--cluster-domain", "cluster.local"), state,
                Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize(),
                options.getOrDefault("--share-host-path", List.of()));
    }

    private static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--")) {
                throw new HarnessException("unexpected argument " + name + "\n" + USAGE);
            }
            if (name.equals("--purge")) {
                options.put(name, List.of());
                continue;
            }
            if (i + 1 >= args.length) {
                throw new HarnessException(name + " needs a value");
            }
            options.computeIfAbsent(name, k -> new ArrayList<>()).add(args[++i]);
        }
        return options;
    }

    private static String required(Map<String, List<String>> options, String name) {
        String value = single(options, name, null);
        if (value == null) {
            throw new HarnessException(name + " is required\n" + USAGE);
        }
        return value;
    }

    private static String single(Map<String, List<String>> options, String name, String fallback) {
        List<String> values = options.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(values.size() - 1);
    }
}
