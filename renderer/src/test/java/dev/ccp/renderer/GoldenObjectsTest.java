package dev.ccp.renderer;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every object kind and DSL feature of the demo environment against its golden file: shared
 * objects, per-service ConfigMaps and Secrets, Jobs (on the jobs nodes, or on a topology key's
 * nodes), Deployment (probes of each type, volumes, secrets, env, lifecycle, pod annotations),
 * DaemonSet (host network, host PID, privileged), StatefulSet (local anti-affinity, replicas),
 * global anti-affinity, NodePort and headless Services, Ingress.
 */
class GoldenObjectsTest {

    private static RenderedEnvironment demo;

    @BeforeAll
    static void render() {
        demo = Demo.render();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "Namespace,   demo,                      namespace.yaml",
        "Secret,      registry-key,              registry-key-secret.yaml",
        "ConfigMap,   globals,                   globals-configmap.yaml",
        "Secret,      global-secrets,            global-secrets-secret.yaml",
        "ConfigMap,   nodes-config,              nodes-config-configmap.yaml",
        "ConfigMap,   exports,                   exports-configmap.yaml",
        "ConfigMap,   web-files,                 web-files-configmap.yaml",
        "ConfigMap,   web-meta,                  web-meta-configmap.yaml",
        "ConfigMap,   web-canary-service-config, web-canary-service-config-configmap.yaml",
        "ConfigMap,   web-role,                  web-role-configmap.yaml",
        "Secret,      web-tls,                   web-tls-secret.yaml",
        "Secret,      web-admin,                 web-admin-secret.yaml",
        "Job,         web-web-db-sync,           web-web-db-sync-job.yaml",
        "Job,         web-web-register,          web-web-register-job.yaml",
        "Deployment,  web,                       web-deployment.yaml",
        "Service,     web,                       web-service.yaml",
        "Ingress,     web,                       web-ingress.yaml",
        "DaemonSet,   cache,                     cache-daemonset.yaml",
        "StatefulSet, store,                     store-statefulset.yaml",
        "Service,     store,                     store-service.yaml",
        "Deployment,  worker,                    worker-deployment.yaml",
        "Service,     ports,                     ports-service.yaml",
        "Ingress,     ports,                     ports-ingress.yaml",
    })
    void objectMatchesItsGolden(String kind, String name, String golden) {
        HasMetadata object = demo.find(kind, name).orElseThrow(() -> new AssertionError(kind + " " + name
                + " was not rendered"));

        assertThat(Goldens.withoutHashes(ObjectExporter.standard().toYaml(object))).isEqualTo(Goldens.read(golden));
    }
}
