package dev.ccp.harness;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.ExecCreateCmdResponse;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.Volume;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@link ContainerRuntime} over docker-java against the local Docker Engine. */
public final class DockerRuntime implements ContainerRuntime {

    private final DockerClient docker;

    private DockerRuntime(DockerClient docker) {
        this.docker = docker;
    }

    /** Connects to {@code DOCKER_HOST}, else the local socket; fails with how to start dockerd. */
    public static DockerRuntime connect() {
        DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder().build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost()).sslConfig(config.getSSLConfig())
                .maxConnections(20).connectionTimeout(Duration.ofSeconds(10)).responseTimeout(Duration.ofMinutes(10))
                .build();
        DockerClient docker = DockerClientImpl.getInstance(config, http);
        try {
            docker.pingCmd().exec();
        } catch (RuntimeException e) {
            throw new HarnessException("the Docker Engine at " + config.getDockerHost()
                    + " does not answer: start it with tools/dev-env.sh up", e);
        }
        return new DockerRuntime(docker);
    }

    @Override
    public void ensureImage(String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return;
        } catch (NotFoundException e) {
            // pulled below
        }
        try {
            docker.pullImageCmd(image).start().awaitCompletion(10, TimeUnit.MINUTES);
            docker.inspectImageCmd(image).exec();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HarnessException("interrupted while pulling " + image);
        } catch (DockerException e) {
            throw new HarnessException("image " + image + " is neither local nor pullable (" + e.getMessage().strip()
                    + "): build it with `ccp build`", e);
        }
    }

    @Override
    public String start(Start start) {
        LocalContainer container = start.container();
        List<Bind> binds = new ArrayList<>();
        for (Mount mount : container.mounts()) {
            binds.add(new Bind(mount.source().toString(), new Volume(mount.target()),
                    mount.readOnly() ? AccessMode.ro : AccessMode.rw));
        }
        HostConfig host = HostConfig.newHostConfig()
                .withNetworkMode("host")
                .withExtraHosts(start.extraHosts().toArray(String[]::new))
                .withBinds(binds)
                .withPrivileged(container.privileged())
                .withRestartPolicy(start.restart().always()
                        ? RestartPolicy.alwaysRestart()
                        : RestartPolicy.onFailureRestart(start.restart().maxRetries()));
        if (start.hostPid()) {
            host.withPidMode("host");
        }
        CreateContainerCmd create = docker.createContainerCmd(container.image())
                .withName(start.name())
                .withLabels(start.labels())
                .withEnv(container.env().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
                .withHostConfig(host);
        if (!container.command().isEmpty()) {
            create.withEntrypoint(container.command());
            create.withCmd(container.args());
        } else if (!container.args().isEmpty()) {
            create.withCmd(container.args());
        }
        String id = create.exec().getId();
        docker.startContainerCmd(id).exec();
        return id;
    }

    @Override
    public State state(String id) {
        InspectContainerResponse inspect = docker.inspectContainerCmd(id).exec();
        InspectContainerResponse.ContainerState state = inspect.getState();
        Integer restarts = inspect.getRestartCount();
        return new State(Boolean.TRUE.equals(state.getRunning()), Boolean.TRUE.equals(state.getRestarting()),
                state.getExitCodeLong() == null ? 0 : state.getExitCodeLong().intValue(), restarts == null ? 0 : restarts);
    }

    @Override
    public int exec(String id, List<String> command, Duration timeout) {
        try {
            ExecCreateCmdResponse exec = docker.execCreateCmd(id).withCmd(command.toArray(String[]::new))
                    .withAttachStdout(true).withAttachStderr(true).exec();
            boolean done = docker.execStartCmd(exec.getId()).exec(new ResultCallback.Adapter<>())
                    .awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                return -1;
            }
            Long code = docker.inspectExecCmd(exec.getId()).exec().getExitCodeLong();
            return code == null ? -1 : code.intValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (DockerException e) {
            return -1;
        }
    }

    @Override
    public List<String> tail(String id, int lines) {
        StringBuilder text = new StringBuilder();
        logs(id, lines, frame -> text.append(new String(frame.getPayload(), StandardCharsets.UTF_8)));
        List<String> all = Arrays.asList(text.toString().split("\n", -1));
        if (!all.isEmpty() && all.get(all.size() - 1).isEmpty()) {
            all = all.subList(0, all.size() - 1);
        }
        return List.copyOf(all);
    }

    @Override
    public void saveLogs(String id, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            logs(id, -1, frame -> {
                try {
                    out.write(frame.getPayload());
                } catch (IOException e) {
                    throw new HarnessException("cannot write " + file + ": " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new HarnessException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void logs(String id, int lines, java.util.function.Consumer<Frame> sink) {
        var command = docker.logContainerCmd(id).withStdOut(true).withStdErr(true).withFollowStream(false);
        if (lines > 0) {
            command.withTail(lines);
        }
        try {
            command.exec(new ResultCallback.Adapter<Frame>() {
                @Override
                public void onNext(Frame frame) {
                    sink.accept(frame);
                }
            }).awaitCompletion(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public List<String> labelled(String label, String value) {
        return docker.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(label, value)).exec()
                .stream().map(Container::getId).toList();
    }

    @Override
    public void remove(String id) {
        try {
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException e) {
            // already gone
        }
    }
}
