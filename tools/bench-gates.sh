#!/usr/bin/env bash
# Benchmarks of the in-container agent against the real etcd on 127.0.0.1:2379
# (tools/dev-env.sh up):
#   1. gate release latency over N gates (default 1000): for each gate a waiter is armed
#      (EtcdGates.await: get, then watch), the key is put, and the time from sending the
#      put to the waiter's release is recorded; p50/p99/max reported.
#      Targets: p50 <= 50 ms, p99 <= 250 ms (the original polls every 5 s).
#   2. agent start to first etcd request: the packaged agent (launcher script + jar, AppCDS
#      archive present) provisions a job `true` without dependencies; measured from process
#      launch to the watch event of its `ready` key, i.e. JVM start, reading /etc/ccp,
#      connecting and the first write. Target <= 1 s.
#   3. resident memory of the agent while it supervises a daemon (`sleep`). Target <= 80 MiB.
#   tools/bench-gates.sh [GATES] [RUNS]
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/.."
gates=${1:-1000}
runs=${2:-5}
curl -sf http://127.0.0.1:2379/health >/dev/null \
    || { echo "etcd is not running on 127.0.0.1:2379: start it with tools/dev-env.sh up" >&2; exit 1; }
jar=entrypoint/target/ccp-entrypoint.jar
[ -f "$jar" ] || mvn -B -q -pl entrypoint -am package -DskipTests
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

cat > "$work/GateBench.java" <<'JAVA'
import dev.ccp.entrypoint.etcd.EtcdRetry;
import dev.ccp.entrypoint.gate.*;
import io.etcd.jetcd.*;
import io.etcd.jetcd.options.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.concurrent.*;

public class GateBench {
    static ByteSequence b(String s) { return ByteSequence.from(s, StandardCharsets.UTF_8); }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String ns = "bench-" + UUID.randomUUID();
        try (Client client = Client.builder().endpoints("http://127.0.0.1:2379").build()) {
            try {
                if (mode.equals("latency")) latency(client, ns, Integer.parseInt(args[1]));
                else startup(client, ns, Path.of(args[1]), Integer.parseInt(args[2]));
            } finally {
                client.getKVClient().delete(b("/ccp/" + ns + "/"), DeleteOption.builder().isPrefix(true).build()).get();
            }
        }
    }

    static void latency(Client client, String ns, int n) throws Exception {
        EtcdGates gates = new EtcdGates(client, new EtcdRetry(3, Duration.ofMillis(200), Duration.ofSeconds(5)));
        GateKeys keys = new GateKeys(ns, "node1");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        gates.publish(keys.global("warm/up", GateKeys.State.READY));
        long[] micros = new long[n];
        for (int i = 0; i < n; i++) {
            Gate gate = keys.gateFor("svc/c" + i);
            CountDownLatch armed = new CountDownLatch(1);
            Future<Long> released = pool.submit(() -> {
                armed.countDown();
                gates.await(List.of(gate), Instant.now().plusSeconds(30), GateProgress.SILENT);
                return System.nanoTime();
            });
            armed.await();
            Thread.sleep(2); // let the waiter read the key and start its watch
            long putStart = System.nanoTime();
            client.getKVClient().put(b(gate.key()), b("1")).get();
            micros[i] = (released.get(30, TimeUnit.SECONDS) - putStart) / 1000;
        }
        pool.shutdown();
        Arrays.sort(micros);
        System.out.printf("gate release latency over %d gates: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", n,
                micros[n / 2] / 1000.0, micros[(int) Math.ceil(n * 0.99) - 1] / 1000.0, micros[n - 1] / 1000.0);
    }

    static void startup(Client client, String ns, Path launcher, int runs) throws Exception {
        Path etc = Files.createTempDirectory("bench-etc");
        write(etc.resolve("globals/globals.json"), "{\"namespace\": \"" + ns + "\"}");
        write(etc.resolve("role/job.json"), "{\"workflow\": {\"name\": \"bench/job\", \"dependencies\": [], \"job\": {\"command\": \"true\"}}}");
        write(etc.resolve("role/daemon.json"), "{\"workflow\": {\"name\": \"bench/daemon\", \"dependencies\": [], \"pre\": [], \"post\": [], \"daemon\": {\"command\": \"exec sleep 30\"}}}");
        Map<String, String> env = Map.of("CCP_ETC_DIR", etc.toString(), "CCP_NODE_NAME", "node1",
                "CCP_ETCD_ENDPOINTS", "http://127.0.0.1:2379", "CCP_RUN_DIR", etc.resolve("run").toString());
        run(launcher, env, "job").waitFor(); // makes the CDS archive
        client.getKVClient().delete(b("/ccp/" + ns + "/"), DeleteOption.builder().isPrefix(true).build()).get();
        long[] millis = new long[runs];
        for (int r = 0; r < runs; r++) {
            String key = "/ccp/" + ns + "/status/global/bench/job/ready";
            client.getKVClient().delete(b(key)).get();
            CompletableFuture<Long> seen = new CompletableFuture<>();
            try (Watch.Watcher w = client.getWatchClient().watch(b(key), resp -> seen.complete(System.nanoTime()))) {
                Thread.sleep(100);
                long start = System.nanoTime();
                Process agent = run(launcher, env, "job");
                millis[r] = (seen.get(30, TimeUnit.SECONDS) - start) / 1_000_000;
                agent.waitFor();
            }
        }
        Arrays.sort(millis);
        System.out.printf("agent start to first etcd write (job 'true', no dependencies, CDS on): median %d ms, min %d, max %d (n=%d)%n",
                millis[runs / 2], millis[0], millis[runs - 1], runs);

        String doneKey = "/ccp/" + ns + "/status/global/bench/daemon/ready";
        Process daemon = run(launcher, env, "daemon");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (client.getKVClient().get(b(doneKey)).get().getCount() == 0 && System.nanoTime() < until) Thread.sleep(100);
        Thread.sleep(2000);
        String rss = Files.readAllLines(Path.of("/proc/" + daemon.pid() + "/status")).stream()
                .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: ?");
        System.out.println("agent resident memory while supervising a daemon: " + rss.replaceAll("\\s+", " ").replace("VmRSS: ", ""));
        daemon.descendants().forEach(ProcessHandle::destroy);
        daemon.waitFor(20, TimeUnit.SECONDS);
    }

    static Process run(Path launcher, Map<String, String> env, String role) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "provision", role)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(env);
        return pb.start();
    }

    static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
JAVA

export CCP_ENTRYPOINT_JAR=$PWD/$jar CCP_CDS_DIR=$work/cds
bench=(java -XX:+UseSerialGC -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$jar" "$work/GateBench.java")
"${bench[@]}" latency "$gates"
"${bench[@]}" startup "$PWD/entrypoint/src/main/sh/ccp-entrypoint" "$runs"
echo "(machine: $(nproc) cores, $(java -version 2>&1 | head -1))"
