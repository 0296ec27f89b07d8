package dev.ccp.entrypoint.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@code docker} command line, for tests that run the agent in real containers (the
 * entrypoint module does not depend on a Docker client library). A test that needs Docker fails,
 * never skips, when it is not there.
 */
public final class DockerCli {

    /** What a finished command printed (stdout and stderr together) and its exit code. */
    public record Result(int code, String output) {
    }

    private DockerCli() {
    }

    /** Fails the test with how to start Docker when the daemon does not answer. */
    public static void require() {
        Result version = run(Duration.ofSeconds(20), List.of("version", "--format", "{{.Server.Version}}"), null);
        if (version.code() != 0) {
            fail("docker does not answer (" + version.output().strip() + "): start it with tools/dev-env.sh up");
        }
    }

    /** Runs {@code docker ARGS}; fails the test when it exits non-zero. */
    public static String check(Duration timeout, String... args) {
        return check(timeout, null, args);
    }

    /** Runs {@code docker ARGS} in {@code directory}; fails the test when it exits non-zero. */
    public static String check(Duration timeout, Path directory, String... args) {
        Result result = run(timeout, List.of(args), directory);
        if (result.code() != 0) {
            fail("docker " + String.join(" ", args) + " exited with " + result.code() + ":\n" + result.output());
        }
        return result.output();
    }

    /** Runs {@code docker ARGS} and returns what happened, whatever the exit code. */
    public static Result run(Duration timeout, List<String> args, Path directory) {
        List<String> command = new ArrayList<>();
        command.add("docker");
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "(output unreadable: " + e.getMessage() + ")";
                }
            });
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail("docker " + String.join(" ", args) + " did not finish within " + timeout);
            }
            return new Result(process.exitValue(), output.get(10, TimeUnit.SECONDS));
        } catch (IOException e) {
            return new Result(-1, "cannot run docker: " + e.getMessage());
        } catch (Exception e) {
            throw new IllegalStateException("docker " + String.join(" ", args), e);
        }
    }
}
