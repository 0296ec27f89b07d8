package dev.ccp.dsl.jinja;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared dialect renders correctly from several threads at once. */
class ConcurrentRenderTest {

    private static final List<String> TEMPLATES = List.of(
            "{% for net in neutron.physnets if net.flat %}{{ net.name }}{% else %}none{% endfor %}",
            "debug = {{ nova.debug }} {{ etcd.client_port }} {{ [1, 'x'] }}",
            "{{ address('keystone', keystone.admin_port, with_scheme=True) }} {{ id(worker) }}",
            "{% with a = d.a %}{{ a }}{% endwith %} {{ missing | default('m') }} {{ d | items | list }}",
            "{% filter upper %}{{ 'abc'.replace('b', 'x') }}{% endfilter %} {{ [2.5, 1] | sum }}");

    @Test
    void threadsRenderingTogetherGetTheSameResultsAsOneThread() throws Exception {
        int threads = 4;
        int rounds = 100;
        List<String> expected = renderAll(-1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<List<String>>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                Callable<List<List<String>>> task = () -> {
                    start.await();
                    List<List<String>> outputs = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        outputs.add(renderAll(worker));
                    }
                    return outputs;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (int t = 0; t < threads; t++) {
                for (List<String> outputs : results.get(t).get(60, TimeUnit.SECONDS)) {
                    assertThat(outputs).isEqualTo(withWorker(expected, t));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Renders every template; each worker's own function proves functions do not leak between renders. */
    private static List<String> renderAll(int worker) {
        RenderOptions options = (worker % 2 == 0 ? RenderOptions.strict() : RenderOptions.lenient())
                .withFunction("id", (args, kwargs) -> "w" + args.get(0));
        Map<String, Object> context = Templates.context();
        context.put("worker", worker);
        List<String> outputs = new ArrayList<>();
        for (String template : TEMPLATES) {
            outputs.add(JinjaDialect.standard().render(TemplateSource.of("t.j2", template), context, options));
        }
        return outputs;
    }

    private static List<String> withWorker(List<String> expected, int worker) {
        return expected.stream().map(output -> output.replace("w-1", "w" + worker)).toList();
    }
}
