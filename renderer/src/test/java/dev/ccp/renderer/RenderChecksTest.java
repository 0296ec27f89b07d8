package dev.ccp.renderer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import dev.ccp.dsl.cloud.Cloud;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import dev.ccp.topology.Topology;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs: every problem is reported with its file and key path, all in one exception. */
class RenderChecksTest {

    private static final String WEB_FILE = "fuel-ccp-demo/service/web.yaml";

    @Test
    void podAnnotationsMayNotSetTheKeysCcpOwns(@TempDir Path dir) {
        FixtureCopy copy = FixtureCopy.of(Demo.DIRECTORY, dir).replace("components/fuel-ccp-demo/service/web.yaml",
                "      prometheus.io/port: 8080\n", "      prometheus.io/port: 8080\n"
                        + "      scheduler.alpha.kubernetes.io/affinity: '{}'\n      ccp.dev/config-hash: mine\n");

        List<Problem> problems = problemsOf(copy);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.file()).endsWith(WEB_FILE);
            assertThat(problem.keyPath()).isEqualTo("service.annotations.pod");
            assertThat(problem.message()).startsWith("annotations owned by ccp cannot be set: ccp.dev/config-hash, "
                    + "scheduler.alpha.kubernetes.io/affinity (");
        });
    }

    @Test
    void aJobTopologyKeyMustBeAServiceOfTheTopology() {
        Cloud demo = Demo.load();
        RenderRequest request = Demo.request(demo).withJobTopologyKeys((definition, job) ->
                "web-db-sync".equals(job.name()) ? Optional.of("cahce") : Optional.empty());

        assertThatThrownBy(() -> EnvironmentRenderer.standard().render(request))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems(), list(Problem.class))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.file()).endsWith(WEB_FILE);
                    assertThat(problem.keyPath()).isEqualTo("service.containers[0].pre[1].topology_key");
                    assertThat(problem.message()).isEqualTo("'cahce' is not in the topology, so job 'web-db-sync' "
                            + "cannot be placed on its nodes; list it in a role (did you mean 'cache'?)");
                });
    }

    @Test
    void theJobsRoleIsATopologyKeyToo() {
        RenderRequest request = Demo.request(Demo.load()).withJobTopologyKeys((definition, job) ->
                Optional.of(Topology.JOBS_ROLE));

        RenderedEnvironment environment = EnvironmentRenderer.standard().render(request);

        Job register = (Job) environment.find("Job", "web-web-register").orElseThrow();
        assertThat(register.getSpec().getTemplate().getSpec().getAffinity().getNodeAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution().getNodeSelectorTerms().get(0)
                .getMatchExpressions().get(0).getValues()).containsExactly("node1", "node2", "node3");
    }

    @Test
    void aDaemonSetHasNoReplicasAndIsNotRecreated(@TempDir Path dir) {
        FixtureCopy copy = FixtureCopy.of(Demo.DIRECTORY, dir)
                .replace("config.yaml", "replicas:\n", "replicas:\n  cache: 2\n")
                .replace("components/fuel-ccp-demo/service/cache.yaml", "  hostPID: true\n",
                        "  hostPID: true\n  strategy: Recreate\n");

        List<Problem> problems = problemsOf(copy);

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).file()).isEqualTo(dir.resolve("config.yaml").toString());
        assertThat(problems.get(0).line()).isEqualTo(37);
        assertThat(problems.get(0).keyPath()).isEqualTo("replicas.cache");
        assertThat(problems.get(0).message()).isEqualTo("service 'cache' is a DaemonSet: it runs on every node of "
                + "its roles, replicas cannot be set");
        assertThat(problems.get(1).file()).endsWith("fuel-ccp-demo/service/cache.yaml");
        assertThat(problems.get(1).keyPath()).isEqualTo("service.strategy");
    }

    @Test
    void aRenderedServiceNeedsAPlaceInTheTopology() {
        Cloud demo = Demo.load();
        Topology withoutCache = new Topology(Map.of("web", List.of("node1")), Demo.NODES);
        RenderRequest request = RenderRequest.of(demo.config(), demo.services(), withoutCache)
                .withServices(List.of("web", "cache"));

        assertThatThrownBy(() -> EnvironmentRenderer.standard().render(request))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("roles: service 'cache' is not in the topology: no role of a matched node lists it");
    }

    @Test
    void aServiceWithoutValidDefinitionIsNamed() {
        Cloud demo = Demo.load();
        RenderRequest request = Demo.request(demo).withServices(List.of("web", "wbe"));

        assertThatThrownBy(() -> EnvironmentRenderer.standard().render(request))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Cannot render the environment:\n  service 'wbe' has no valid definition (did you mean 'web'?)");
    }

    @Test
    void anUnknownVolumeTypeStopsTheDefinitionBeforeRendering(@TempDir Path dir) {
        Cloud broken = Demo.load(FixtureCopy.of(Demo.DIRECTORY, dir).replace(
                "components/fuel-ccp-demo/service/store.yaml", "type: host", "type: nfs").directory());

        assertThatThrownBy(() -> broken.services().requireDeployable(List.of("store")))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems(), list(Problem.class))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.file()).endsWith("fuel-ccp-demo/service/store.yaml");
                    assertThat(problem.keyPath()).isEqualTo("service.containers[0].volumes[0].type");
                    assertThat(problem.message()).contains("'nfs'");
                });
        RenderRequest request = RenderRequest.of(broken.config(), broken.services(), Demo.TOPOLOGY)
                .withServices(List.of("store"));
        assertThatThrownBy(() -> EnvironmentRenderer.standard().render(request))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("service 'store' has no valid definition");
    }

    @Test
    void allProblemsAreReportedTogether(@TempDir Path dir) {
        FixtureCopy copy = FixtureCopy.of(Demo.DIRECTORY, dir)
                .replace("config.yaml", "replicas:\n", "replicas:\n  cache: 2\n")
                .replace("components/fuel-ccp-demo/service/worker.yaml", "  antiAffinity: global\n",
                        "  antiAffinity: global\n  annotations:\n    pod:\n      ccp.dev/owner: me\n")
                .append("config.yaml", "files:\n  web.ini: missing.j2\n");

        // In service order (cache, web, web-canary, worker); web-canary's template problem is web's.
        assertThat(problemsOf(copy)).extracting(Problem::keyPath)
                .containsExactly("replicas.cache", "files[\"web.ini\"]", "service.annotations.pod");
    }

    @Test
    void anUnreadableTemplateIsReportedWhereItIsConfigured(@TempDir Path dir) {
        FixtureCopy copy = FixtureCopy.of(Demo.DIRECTORY, dir).append("config.yaml", "files:\n  web.ini: missing.j2\n");

        assertThat(problemsOf(copy)).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(dir.resolve("config.yaml").toString());
            assertThat(problem.keyPath()).isEqualTo("files[\"web.ini\"]");
            assertThat(problem.message()).isEqualTo("cannot read template " + dir.resolve("missing.j2"));
        });
    }

    private static List<Problem> problemsOf(FixtureCopy copy) {
        try {
            copy.render();
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("rendering succeeded");
    }
}
