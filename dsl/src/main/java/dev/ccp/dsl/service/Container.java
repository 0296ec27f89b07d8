package dev.ccp.dsl.service;

import dev.ccp.dsl.yaml.PlainValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One container of a service ({@code service.containers[]}).
 *
 * @param name       unique within the service; also a dependency name
 * @param image      the image name without registry, namespace or tag
 * @param privileged run privileged
 * @param probes     readiness and liveness probes
 * @param lifecycle  the free-form Kubernetes {@code lifecycle} block, empty when not given
 * @param volumes    extra volumes
 * @param pre        commands before the daemon: local ones run in the container, single ones as Jobs
 * @param daemon     the main process (always local)
 * @param post       commands after the daemon started
 * @param env        extra environment variables
 */
public record Container(String name, String image, boolean privileged, Probes probes, Map<String, Object> lifecycle,
        List<Volume> volumes, List<Command> pre, Command daemon, List<Command> post, List<EnvVar> env) {

    public Container {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(daemon, "daemon");
        probes = probes == null ? Probes.NONE : probes;
        lifecycle = PlainValues.immutableMap(lifecycle == null ? Map.of() : lifecycle);
        volumes = List.copyOf(volumes);
        pre = List.copyOf(pre);
        post = List.copyOf(post);
        env = List.copyOf(env);
    }

    /** The pre commands that run as Jobs, in order. */
    public List<Command> preJobs() {
        return pre.stream().filter(Command::isSingle).toList();
    }

    /** The post commands that run as Jobs, in order. */
    public List<Command> postJobs() {
        return post.stream().filter(Command::isSingle).toList();
    }

    /** A copy with other commands. */
    public Container withCommands(List<Command> newPre, Command newDaemon, List<Command> newPost) {
        return new Container(name, image, privileged, probes, lifecycle, volumes, newPre, newDaemon, newPost, env);
    }
}
