package dev.ccp.cluster;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import java.util.ArrayList;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Objects shaped like the renderer's (labels, config hash), built for tests. */
public final class TestObjects {

    private TestObjects() {
    }

    public static Map<String, String> labels(String ns, String app) {
        return Map.of("ccp", "true", "app", app, "ccp-component", app, "ccp-environment", ns);
    }

    public static Namespace namespace(String ns) {
        return new NamespaceBuilder().withNewMetadata().withName(ns).withLabels(Map.of("ccp", "true", "ccp-environment", ns))
                .endMetadata().build();
    }

    public static ConfigMap configMap(String ns, String app, String name, Map<String, String> data) {
        return new ConfigMapBuilder().withNewMetadata().withName(name).withNamespace(ns).withLabels(labels(ns, app))
                .endMetadata().withData(data).build();
    }

    public static Secret secret(String ns, String app, String name, String key, String value) {
        return new SecretBuilder().withNewMetadata().withName(name).withNamespace(ns).withLabels(labels(ns, app))
                .endMetadata().withType("Opaque")
                .withData(Map.of(key, Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)))).build();
    }

    public static Service service(String ns, String app, int port) {
        return new ServiceBuilder().withNewMetadata().withName(app).withNamespace(ns).withLabels(labels(ns, app))
                .endMetadata().withNewSpec().withType("NodePort").withSelector(Map.of("app", app)).addNewPort()
                .withName("api").withPort(port).endPort().endSpec().build();
    }

    public static Deployment deployment(String ns, String app, int replicas, String configHash) {
        return new DeploymentBuilder().withNewMetadata().withName(app).withNamespace(ns).withLabels(labels(ns, app))
                .endMetadata().withNewSpec().withReplicas(replicas).withNewSelector().withMatchLabels(Map.of("app", app))
                .endSelector().withNewTemplate().withNewMetadata().withLabels(labels(ns, app))
                .withAnnotations(Map.of("ccp.dev/config-hash", configHash)).endMetadata().withNewSpec().addNewContainer()
                .withName(app).withImage("127.0.0.1:31500/ccp/" + app + ":latest").endContainer().endSpec().endTemplate()
                .endSpec().build();
    }

    public static Job job(String ns, String app, String name, String command) {
        return new JobBuilder().withNewMetadata().withName(name).withNamespace(ns).withLabels(labels(ns, app))
                .endMetadata().withNewSpec().withCompletions(1).withBackoffLimit(2).withNewTemplate().withNewMetadata()
                .withLabels(labels(ns, app)).endMetadata().withNewSpec().withRestartPolicy("Never").addNewContainer()
                .withName(name).withImage("ccp/" + app).withCommand("sh", "-c", command).endContainer().endSpec()
                .endTemplate().endSpec().build();
    }

    public static Ingress ingress(String ns, String app, String host) {
        return new IngressBuilder().withNewMetadata().withName(app).withNamespace(ns).withLabels(labels(ns, app))
                .endMetadata().withNewSpec().addNewRule().withHost(host).endRule().endSpec().build();
    }

    /** One component's objects, renderer-shaped: files ConfigMap, Secret, Job, Deployment, Service. */
    public static List<HasMetadata> component(String ns, String app, String configValue) {
        return List.of(configMap(ns, app, app + "-files", Map.of("conf", configValue)),
                secret(ns, app, app + "-secret", "password", "s3cret-" + app),
                job(ns, app, app + "-db-sync", "sync"),
                deployment(ns, app, 1, Integer.toHexString(configValue.hashCode())),
                service(ns, app, 5000));
    }

    /** A namespace plus components, in the renderer's order. */
    public static List<HasMetadata> environment(String ns, String... apps) {
        List<HasMetadata> all = new ArrayList<>();
        all.add(namespace(ns));
        for (String app : apps) {
            all.addAll(component(ns, app, "value-" + app));
        }
        return all;
    }
}
