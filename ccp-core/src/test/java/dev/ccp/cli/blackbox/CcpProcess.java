package dev.ccp.cli.blackbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged tool exactly as a user does, through {@code bin/ccp}, and captures what it
 * printed. Used by the black-box tests ({@code *IT}), which Maven runs after packaging.
 */
public final class CcpProcess {

    /** What one run printed and returned. */
    public record Result(int exitCode, String out, String err, List<String> args) {
        @Override
        public String toString() {
            return "ccp " + String.join(" ", args) + " -> exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private CcpProcess() {
    }

    public static Path repo() {
        return Paths.get(System.getProperty("ccp.repo", "..")).toAbsolutePath().normalize();
    }

    public static Result run(String... args) {
        return runIn(repo(), Map.of(), args);
    }

    public static Result runIn(Path workingDir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(repo().resolve("bin/ccp").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        String jar = System.getProperty("ccp.jar");
        if (jar != null) {
            builder.environment().put("CCP_JAR", jar);
        }
        String cache = System.getProperty("ccp.cache");
        if (cache != null) {
            builder.environment().put("XDG_CACHE_HOME", cache);
        }
        // Never pick up the developer's own ~/.ccp.yaml.
        builder.environment().put("HOME", workingDir.resolve(".ccp-test-home").toString());
        builder.environment().putAll(env);
        try {
            Path out = Files.createTempFile("ccp-out", ".txt");
            Path err = Files.createTempFile("ccp-err", ".txt");
            try {
                Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(120, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("ccp " + String.join(" ", args) + " did not finish within 120 s");
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8), List.of(args));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run bin/ccp: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
