package dev.ccp.cli.command;

import dev.ccp.builders.ImageBuild;
import dev.ccp.builders.engine.DockerJavaEngine;
import dev.ccp.builders.engine.RegistryCredentials;
import dev.ccp.builders.engine.RegistryHttpApi;
import dev.ccp.builders.git.GitCheckout;
import dev.ccp.builders.image.AgentArtifacts;
import dev.ccp.builders.run.BuildListener;
import dev.ccp.builders.run.BuildProgressTable;
import dev.ccp.builders.run.BuildReport;
import dev.ccp.builders.run.BuildSettings;
import dev.ccp.builders.run.ImageResult;
import dev.ccp.builders.run.PlannedImage;
import dev.ccp.cli.CcpCommand;
import dev.ccp.cli.CommandContext;
import dev.ccp.cli.CommandOptions;
import dev.ccp.cli.CommandSpec;
import dev.ccp.cli.Console;
import dev.ccp.dsl.config.CcpConfig;
import dev.ccp.dsl.config.LoadedConfig;
import dev.ccp.dsl.config.RegistryConfig;
import dev.ccp.dsl.files.FileTrees;
import dev.ccp.dsl.problem.CcpException;
import dev.ccp.dsl.problem.InvalidInputException;
import dev.ccp.dsl.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.commons.cli.CommandLine;

/**
 * {@code ccp build [-c C ...] [--workers N] [--no-cache] [--summary-json FILE] [--log-dir DIR]}:
 * builds the images of the component repositories (REFERENCE 1.2 and 5), pushes them when
 * {@code builder.push} is set, prints a line per image and a summary; exit 1 when anything failed.
 * SIGINT/SIGTERM stop the run and print the partial summary.
 */
public final class BuildCommand implements CcpCommand {

    static final String WORKERS = "workers";
    static final String NO_CACHE = "no-cache";
    static final String SUMMARY_JSON = "summary-json";
    static final String LOG_DIR = "log-dir";
    private static final int PUSH_ATTEMPTS = 4;
    private static final Duration PUSH_BACKOFF = Duration.ofSeconds(1);
    /** The live table is redrawn at most this often. */
    private static final long PROGRESS_INTERVAL_MILLIS = 200;

    private final GitCheckout git;
    private final Function<Map<String, String>, Map<String, String>> proxies;

    /** @param git clones {@code sources} given by {@code git_url} */
    public BuildCommand(GitCheckout git) {
        this.git = git;
        this.proxies = BuildSettings::proxyBuildArgs;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("build", "build component images and push them", "",
                CommandOptions.of(CommandOptions.components(),
                        CommandOptions.valued(null, WORKERS, "N", "images built at once (default builder.workers; 1 = serial)"),
                        CommandOptions.flag(null, NO_CACHE, "rebuild every image, without the Docker layer cache"),
                        CommandOptions.valued(null, SUMMARY_JSON, "FILE", "also write the summary as JSON to FILE"),
                        CommandOptions.valued(null, LOG_DIR, "DIR", "where each image's full log goes (default ~/.ccp/build-logs)")));
    }

    @Override
    public int run(CommandContext context, CommandLine line) {
        LoadedConfig loaded = context.loadConfig();
        CcpConfig config = loaded.config();
        RegistryConfig registry = config.registry();
        if (config.builder().push() && registry.address().isEmpty()) {
            throw new InvalidInputException(Problem.at(loaded.configFile().map(Path::toString).orElse(null),
                    "registry.address", "No registry specified, cannot push"));
        }
        Path workDir = createWorkDir();
        CountDownLatch finished = new CountDownLatch(1);
        try (DockerJavaEngine engine = DockerJavaEngine.connect(config.builder().dockerBaseUrl(),
                Duration.ofSeconds(registry.timeoutSeconds()))) {
            BuildSettings settings = settings(context, line, config, workDir);
            Optional<RegistryCredentials> credentials = settings.credentials();
            ProgressListener progress = new ProgressListener();
            ImageBuild build = new ImageBuild(engine,
                    new RegistryHttpApi(registry.insecure(), credentials, Duration.ofSeconds(registry.timeoutSeconds())),
                    git, settings, progress, context.environment().workingDir(),
                    Optional.of(AgentArtifacts.under(context.environment().installation())));
            List<PlannedImage> plan = build.plan(config, loaded.repositories(),
                    CommandOptions.lastValues(line, CommandOptions.COMPONENTS));
            context.console().info("Building " + plan.size() + " image(s) with " + settings.workers() + " worker(s); logs in "
                    + settings.logDir());
            progress.target = context.console().isTerminal()
                    ? new BuildProgressTable(context.console().errWriter(), BuildProgressTable.terminalWidth(System.getenv()),
                            plan.size(), System::nanoTime).start(PROGRESS_INTERVAL_MILLIS)
                    : new ProgressLines(context.console());
            Thread onSignal = new Thread(() -> {
                build.cancel();
                awaitQuietly(finished);
            }, "ccp-build-interrupt");
            Runtime.getRuntime().addShutdownHook(onSignal);
            try {
                BuildReport report;
                try {
                    report = build.run(plan);
                } finally {
                    if (progress.target instanceof BuildProgressTable table) {
                        table.close();
                    }
                }
                report.summaryLines().forEach(context.console()::println);
                if (line.getOptionValue(SUMMARY_JSON) != null) {
                    writeJson(context, line.getOptionValue(SUMMARY_JSON), report);
                }
                return report.exitCode();
            } finally {
                finished.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(onSignal);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it waits for the summary printed above
                }
            }
        } finally {
            deleteQuietly(workDir);
        }
    }

    private BuildSettings settings(CommandContext context, CommandLine line, CcpConfig config, Path workDir) {
        int workers = config.builder().workers();
        String given = line.getOptionValue(WORKERS);
        if (given != null) {
            try {
                workers = Integer.parseInt(given.trim());
            } catch (NumberFormatException e) {
                workers = 0;
            }
            if (workers < 1) {
                throw new InvalidInputException(Problem.at(null, "", "--workers expects a whole number of at least 1, found '"
                        + given + "'"));
            }
        }
        RegistryConfig registry = config.registry();
        Optional<RegistryCredentials> credentials = registry.username().isEmpty() || registry.password().isEmpty()
                ? Optional.empty()
                : Optional.of(new RegistryCredentials(registry.address(), registry.username(), registry.password()));
        Path logDir = line.getOptionValue(LOG_DIR) != null
                ? context.environment().workingDir().resolve(line.getOptionValue(LOG_DIR))
                : context.environment().home().resolve(".ccp").resolve("build-logs");
        return new BuildSettings(Math.max(1, workers), config.builder().noCache() || line.hasOption(NO_CACHE),
                config.builder().push(), registry.address(), credentials, proxies.apply(System.getenv()), logDir, workDir,
                PUSH_ATTEMPTS, PUSH_BACKOFF);
    }

    private static void writeJson(CommandContext context, String file, BuildReport report) {
        Path target = context.environment().workingDir().resolve(file);
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            Files.writeString(target, report.toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CcpException("cannot write the build summary to " + target + ": " + e.getMessage(), e);
        }
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("ccp-build-");
        } catch (IOException e) {
            throw new CcpException("cannot create a temporary directory for build contexts: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path directory) {
        FileTrees.deleteTreeQuietly(directory);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Forwards to the progress display chosen once the plan is known (the table needs the image
     * count); nothing is reported while planning.
     */
    private static final class ProgressListener implements BuildListener {
        private volatile BuildListener target = BuildListener.NONE;

        @Override
        public void started(String image) {
            target.started(image);
        }

        @Override
        public void output(String image, String line) {
            target.output(image, line);
        }

        @Override
        public void finished(ImageResult result, int done, int total) {
            target.finished(result, done, total);
        }
    }

    /** {@code [3/27] keystone: built in 4.2 s}, one line per finished image; output lines at debug level. */
    private static final class ProgressLines implements BuildListener {
        private final Console console;

        ProgressLines(Console console) {
            this.console = console;
        }

        @Override
        public synchronized void output(String image, String line) {
            if (console.enabled(Console.Level.DEBUG)) {
                console.debug(image + ": " + line);
            }
        }

        @Override
        public synchronized void finished(ImageResult result, int done, int total) {
            console.info("[" + done + "/" + total + "] " + result.describe());
        }
    }
}
