package dev.ccp.entrypoint.readiness;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * An exec readiness check: the command succeeds (exit 0) within the timeout. Its output is
 * kept out of the container's log; the last line shows up in the result when it fails.
 */
public final class ExecReadinessCheck implements ReadinessCheck {

    private final Supplier<ProcessBuilder> process;
    private final Duration timeout;

    /** @param process builds the (rendered) command's process afresh for every check */
    public ExecReadinessCheck(Supplier<ProcessBuilder> process, Duration timeout) {
        this.process = Objects.requireNonNull(process, "process");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public Result check() {
        ProcessBuilder builder = process.get().redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.PIPE);
        try {
            Process running = builder.start();
            byte[] output = running.getInputStream().readNBytes(64 * 1024);
            if (!running.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                running.destroyForcibly();
                return Result.notReady("readiness command timed out after " + timeout.toSeconds() + "s");
            }
            int code = running.exitValue();
            if (code == 0) {
                return Result.ready("readiness command succeeded");
            }
            return Result.notReady("readiness command exited with code " + code + lastLine(output));
        } catch (IOException e) {
            return Result.notReady("readiness command could not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.notReady("interrupted");
        }
    }

    private static String lastLine(byte[] output) {
        String text = new String(output, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return "";
        }
        return ": " + text.substring(text.lastIndexOf('\n') + 1);
    }
}
