package dev.ccp.builders.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@link ImageEngine} over docker-java 3.7 (INFRA 2). The API version is left unset so that the
 * daemon answers in its own (Debian's dockerd 20.10 caps at 1.41). docker-java has reported
 * failed builds as successful and never throws push errors, so every response item is checked.
 */
public final class DockerJavaEngine implements ImageEngine {

    private final DockerClient docker;
    private final Duration pushTimeout;

    private DockerJavaEngine(DockerClient docker, Duration pushTimeout) {
        this.docker = docker;
        this.pushTimeout = pushTimeout;
    }

    /**
     * @param dockerHost  {@code builder.docker.base_url}; the original's {@code unix://var/run/docker.sock}
     *                    is read as {@code unix:///var/run/docker.sock}
     * @param pushTimeout how long one push may take ({@code registry.timeout})
     */
    public static DockerJavaEngine connect(String dockerHost, Duration pushTimeout) {
        DefaultDockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(normalizeHost(dockerHost)).build();
        ApacheDockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost()).sslConfig(config.getSSLConfig())
                .maxConnections(50).connectionTimeout(Duration.ofSeconds(10)).responseTimeout(Duration.ofHours(2))
                .build();
        return new DockerJavaEngine(DockerClientImpl.getInstance(config, http), pushTimeout);
    }

    static String normalizeHost(String host) {
        if (host.startsWith("unix://") && !host.startsWith("unix:///")) {
            return "unix:///" + host.substring("unix://".length());
        }
        return host;
    }

    @Override
    public BuildOutcome build(BuildRequest request, Consumer<String> output, Cancellation cancellation) {
        BuildImageCmd command = docker.buildImageCmd()
                .withDockerfile(request.contextDir().resolve("Dockerfile").toFile())
                .withBaseDirectory(request.contextDir().toFile())
                .withTags(Set.of(request.reference()))
                .withLabels(request.labels())
                .withNoCache(request.noCache())
                .withPull(false)
                .withRemove(true)
                .withForcerm(true);
        request.buildArgs().forEach(command::withBuildArg);
        BuildCallback callback = new BuildCallback(output);
        try (AutoCloseable ignored = cancellation.onCancel(callback::abandon)) {
            command.exec(callback).awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return BuildOutcome.failure("interrupted");
        } catch (Exception e) {
            return BuildOutcome.failure(describe(e));
        }
        if (cancellation.isCancelled() && callback.imageId == null) {
            return BuildOutcome.failure("interrupted");
        }
        if (callback.error != null) {
            return BuildOutcome.failure(callback.error);
        }
        if (callback.imageId == null) {
            return BuildOutcome.failure("the build ended without an image id");
        }
        return BuildOutcome.success(callback.imageId);
    }

    @Override
    public PushOutcome push(String reference, Optional<RegistryCredentials> credentials, Consumer<String> output) {
        int colon = reference.lastIndexOf(':');
        String repository = reference.substring(0, colon);
        String tag = reference.substring(colon + 1);
        var command = docker.pushImageCmd(repository).withTag(tag);
        credentials.ifPresent(login -> command.withAuthConfig(new AuthConfig().withRegistryAddress(login.registry())
                .withUsername(login.username()).withPassword(login.password().reveal())));
        PushCallback callback = new PushCallback(output);
        try {
            if (!command.exec(callback).awaitCompletion(pushTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                callback.closeQuietly();
                return PushOutcome.failure("push timed out after " + pushTimeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PushOutcome.failure("interrupted");
        } catch (RuntimeException e) {
            return PushOutcome.failure(describe(e));
        }
        return callback.error == null ? PushOutcome.success() : PushOutcome.failure(callback.error);
    }

    @Override
    public Optional<Map<String, String>> localLabels(String reference) {
        try {
            var config = docker.inspectImageCmd(reference).exec().getConfig();
            Map<String, String> labels = config == null || config.getLabels() == null ? Map.of() : config.getLabels();
            return Optional.of(Map.copyOf(labels));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public void remove(String reference) {
        try {
            docker.removeImageCmd(reference).withForce(true).exec();
        } catch (NotFoundException e) {
            // already gone
        }
    }

    @Override
    public void close() {
        try {
            docker.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return AnsiCodes.strip(message).trim();
    }

    /** Streams output lines; remembers the first error and the image id. */
    private static final class BuildCallback extends ResultCallback.Adapter<BuildResponseItem> {
        private final LineSplitter lines;
        private volatile String error;
        private volatile String imageId;
        private volatile boolean abandoned;

        BuildCallback(Consumer<String> output) {
            this.lines = new LineSplitter(output);
        }

        @Override
        public void onNext(BuildResponseItem item) {
            if (item.getStream() != null) {
                lines.accept(item.getStream());
            }
            if (item.isErrorIndicated()) {
                String message = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                        ? item.getErrorDetail().getMessage() : item.getError();
                message = AnsiCodes.strip(String.valueOf(message)).trim();
                lines.accept("ERROR: " + message + "\n");
                if (error == null) {
                    error = message;
                }
            }
            if (item.getImageId() != null && error == null) {
                imageId = item.getImageId();
            }
        }

        @Override
        public void onComplete() {
            lines.flush();
            super.onComplete();
        }

        /**
         * A stream that breaks is the build's error, not a library log line: closing the stream
         * on cancellation makes its reader fail, which is expected, and docker-java would log
         * that at ERROR with a stack trace on the user's terminal.
         */
        @Override
        public void onError(Throwable throwable) {
            if (!abandoned && error == null) {
                error = "the build stream from dockerd broke: " + describe(throwable);
            }
            closeQuietly();
        }

        void abandon() {
            abandoned = true;
            closeQuietly();
        }

        void closeQuietly() {
            try {
                close();
            } catch (IOException e) {
                // the build is being abandoned anyway
            }
        }
    }

    /** Streams push progress lines (status changes only); remembers the first error. */
    private static final class PushCallback extends ResultCallback.Adapter<PushResponseItem> {
        private final Consumer<String> output;
        private volatile String error;

        PushCallback(Consumer<String> output) {
            this.output = output;
        }

        @Override
        public void onNext(PushResponseItem item) {
            if (item.isErrorIndicated()) {
                String message = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                        ? item.getErrorDetail().getMessage() : item.getError();
                message = AnsiCodes.strip(String.valueOf(message)).trim();
                output.accept("ERROR: " + message);
                if (error == null) {
                    error = message;
                }
            } else if (item.getStatus() != null && item.getProgressDetail() == null) {
                output.accept(AnsiCodes.strip((item.getId() == null ? "" : item.getId() + ": ") + item.getStatus()));
            }
        }

        void closeQuietly() {
            try {
                close();
            } catch (IOException e) {
                // abandoned
            }
        }
    }
}
