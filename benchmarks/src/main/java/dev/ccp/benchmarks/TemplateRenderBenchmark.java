package dev.ccp.benchmarks;

import dev.ccp.dsl.cloud.Cloud;
import dev.ccp.dsl.cloud.CloudLoader;
import dev.ccp.dsl.component.Component;
import dev.ccp.dsl.component.ExportedTemplate;
import dev.ccp.dsl.config.HostEnvironment;
import dev.ccp.dsl.jinja.HostResolver;
import dev.ccp.dsl.jinja.JinjaDialect;
import dev.ccp.dsl.jinja.RenderOptions;
import dev.ccp.dsl.jinja.TemplateSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Container-file rendering throughput on one thread: every template under service/files of the
 * in-tree components, rendered leniently with the exports import header, the search path being
 * the component's files and one exports directory, as the agent has them mounted. Target: >= 8,000 templates/s on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class TemplateRenderBenchmark {

    private final List<TemplateSource> templates = new ArrayList<>();
    private final List<RenderOptions> options = new ArrayList<>();
    private Map<String, Object> context;
    private final JinjaDialect dialect = JinjaDialect.standard();

    @Setup
    public void load() throws Exception {
        Path repo = Path.of(System.getProperty("ccp.repo", ".")).toAbsolutePath().normalize();
        Cloud cloud = CloudLoader.standard().load(Optional.of(repo.resolve("etc/topology-example.yaml")),
                new HostEnvironment(repo, 2, repo.resolve("components")));
        String header = cloud.services().loaded().exports().importHeader();
        Map<String, Object> variables = new LinkedHashMap<>(cloud.config().config().renderContext());
        Map<String, Object> address = Map.of("iface", "eth0", "address", "10.0.0.11");
        variables.put("network_topology", Map.of("private", address, "public", address));
        variables.put("node_name", "node1");
        variables.put("pod_name", "keystone-0");
        variables.put("role_name", "keystone");
        variables.put("service_name", "keystone");
        variables.put("memory_limit", "8589934592");
        variables.put("cpu_limit", "2");
        context = JinjaDialect.prepareContext(variables);
        // As in a container: the component's files, then every export in one directory (/etc/ccp/exports).
        Path exports = Files.createTempDirectory("ccp-bench-exports");
        for (ExportedTemplate export : cloud.services().loaded().exports().templates().values()) {
            Files.writeString(exports.resolve(export.fileName()), export.body());
        }
        for (Component component : cloud.services().loaded().components()) {
            RenderOptions lenient = RenderOptions.lenient()
                    .withSearchPath(List.of(component.repository().filesDir(), exports))
                    .withHostResolver(HostResolver.IDENTITY);
            for (Path file : component.templates().values()) {
                if (file.getFileName().toString().equals("defaults.yaml")) {
                    continue;
                }
                TemplateSource source = TemplateSource.read(file);
                templates.add(TemplateSource.of(source.name(), header + source.text()));
                options.add(lenient);
            }
        }
        renderAll();
    }

    /** One operation renders every template once; throughput x templates() = templates per second. */
    @Benchmark
    public int renderAll() {
        int length = 0;
        for (int i = 0; i < templates.size(); i++) {
            length += dialect.render(templates.get(i), context, options.get(i)).length();
        }
        return length;
    }

    public static void main(String[] args) throws Exception {
        TemplateRenderBenchmark benchmark = new TemplateRenderBenchmark();
        benchmark.load();
        System.out.println(benchmark.templates.size() + " templates per operation");
    }
}
