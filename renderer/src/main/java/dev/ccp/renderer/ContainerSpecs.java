package dev.ccp.renderer;

import dev.ccp.dsl.service.Container;
import dev.ccp.dsl.service.EnvVar;
import dev.ccp.dsl.service.Probe;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Lifecycle;
import io.fabric8.kubernetes.api.model.ObjectFieldSelector;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.ResourceFieldSelector;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The containers of ccp pods (REFERENCE 4.3 and 4.7): every container runs the agent with its
 * role, gets the standard variables and the reserved mounts. Images are the names definitions
 * write; {@link ImageEnricher} turns them into full references.
 *
 * <p>Variables and mounts are set on the built container, and variables are made with
 * constructors: a Fabric8 builder copies what it is given through builders once more, and a
 * render has hundreds of them.
 */
final class ContainerSpecs {

    static final int DEFAULT_LIVENESS_TIMEOUT_SECONDS = 1;
    static final int DEFAULT_LIVENESS_INITIAL_DELAY_SECONDS = 10;

    private final PodVolumes volumes;
    private final ModelValues modelValues;
    private final ProxyVariables proxies;

    ContainerSpecs(PodVolumes volumes, ModelValues modelValues) {
        this(volumes, modelValues, ProxyVariables.NONE);
    }

    ContainerSpecs(PodVolumes volumes, ModelValues modelValues, ProxyVariables proxies) {
        this.volumes = volumes;
        this.modelValues = modelValues;
        this.proxies = proxies;
    }

    /** A daemon container: probes, privileges and lifecycle as the definition says. */
    io.fabric8.kubernetes.api.model.Container daemon(ServiceUnit unit, Container container) {
        ContainerBuilder builder = new ContainerBuilder()
                .withName(container.name())
                .withImage(container.image())
                .withCommand(EntrypointCommand.provision(container.name()))
                .withReadinessProbe(new ProbeBuilder()
                        .withNewExec().withCommand(EntrypointCommand.readinessCheck(container.name())).endExec()
                        .withPeriodSeconds(EntrypointCommand.READINESS_PERIOD_SECONDS)
                        .withTimeoutSeconds(EntrypointCommand.READINESS_TIMEOUT_SECONDS)
                        .build())
                .withNewSecurityContext().withPrivileged(container.privileged()).endSecurityContext();
        liveness(container.probes().liveness()).ifPresent(builder::withLivenessProbe);
        if (!container.lifecycle().isEmpty()) {
            builder.withLifecycle(modelValues.toModel(container.lifecycle(), Lifecycle.class));
        }
        return withVariablesAndMounts(builder.build(), environment(container), volumes.mounts(unit, container, List.of()));
    }

    /** The container of a Job: its owner's variables and mounts, plus the job's own secrets; no probes. */
    io.fabric8.kubernetes.api.model.Container job(ServiceUnit unit, SingleJob job) {
        io.fabric8.kubernetes.api.model.Container built = new ContainerBuilder()
                .withName(job.name())
                .withImage(job.image())
                .withCommand(EntrypointCommand.provision(job.name()))
                .build();
        return withVariablesAndMounts(built, environment(job.owner()),
                volumes.mounts(unit, job.owner(), job.command().secrets()));
    }

    private static io.fabric8.kubernetes.api.model.Container withVariablesAndMounts(
            io.fabric8.kubernetes.api.model.Container container, List<io.fabric8.kubernetes.api.model.EnvVar> env,
            List<VolumeMount> mounts) {
        container.setEnv(env);
        container.setVolumeMounts(mounts);
        return container;
    }

    /**
     * {@code CCP_NODE_NAME}, {@code CCP_POD_NAME}, {@code CPU_LIMIT}, {@code MEMORY_LIMIT} (what
     * the agent exposes to templates), the proxy variables of the config (unless the container
     * sets one itself), then the container's own variables as written.
     */
    private List<io.fabric8.kubernetes.api.model.EnvVar> environment(Container container) {
        List<io.fabric8.kubernetes.api.model.EnvVar> env = new ArrayList<>();
        env.add(fieldVariable("CCP_NODE_NAME", "spec.nodeName"));
        env.add(fieldVariable("CCP_POD_NAME", "metadata.name"));
        env.add(resourceVariable("CPU_LIMIT", "limits.cpu"));
        env.add(resourceVariable("MEMORY_LIMIT", "limits.memory"));
        proxies.variables().forEach((name, value) -> {
            if (container.env().stream().noneMatch(v -> v.name().equals(name))) {
                env.add(new io.fabric8.kubernetes.api.model.EnvVar(name, value, null));
            }
        });
        for (EnvVar variable : container.env()) {
            EnvVarSource valueFrom = variable.valueFrom().isEmpty() ? null
                    : modelValues.toModel(variable.valueFrom(), EnvVarSource.class);
            env.add(new io.fabric8.kubernetes.api.model.EnvVar(variable.name(), variable.value(), valueFrom));
        }
        return env;
    }

    /** A variable with the value of a field of the pod ({@code valueFrom.fieldRef}). */
    private static io.fabric8.kubernetes.api.model.EnvVar fieldVariable(String name, String fieldPath) {
        EnvVarSource source = new EnvVarSource();
        ObjectFieldSelector field = new ObjectFieldSelector();
        field.setFieldPath(fieldPath);
        source.setFieldRef(field);
        return new io.fabric8.kubernetes.api.model.EnvVar(name, null, source);
    }

    /** A variable with a limit of the container ({@code valueFrom.resourceFieldRef}). */
    private static io.fabric8.kubernetes.api.model.EnvVar resourceVariable(String name, String resource) {
        EnvVarSource source = new EnvVarSource();
        ResourceFieldSelector selector = new ResourceFieldSelector();
        selector.setResource(resource);
        source.setResourceFieldRef(selector);
        return new io.fabric8.kubernetes.api.model.EnvVar(name, null, source);
    }

    /** exec: the command as one element; httpGet: path, port, upper-cased scheme (HTTP by default). */
    private static Optional<io.fabric8.kubernetes.api.model.Probe> liveness(Probe probe) {
        if (probe == null) {
            return Optional.empty();
        }
        ProbeBuilder builder = new ProbeBuilder()
                .withTimeoutSeconds(probe.timeout() != null ? probe.timeout() : DEFAULT_LIVENESS_TIMEOUT_SECONDS)
                .withInitialDelaySeconds(probe.initialDelay() != null ? probe.initialDelay()
                        : DEFAULT_LIVENESS_INITIAL_DELAY_SECONDS);
        switch (probe.type()) {
            case EXEC -> builder.withNewExec().withCommand(probe.command()).endExec();
            case HTTP_GET -> builder.withNewHttpGet().withPath(probe.path()).withPort(new IntOrString(probe.port()))
                    .withScheme((probe.scheme() != null ? probe.scheme() : "http").toUpperCase(Locale.ROOT))
                    .endHttpGet();
            case COMMAND -> {
                return Optional.empty();
            }
        }
        return Optional.of(builder.build());
    }
}
