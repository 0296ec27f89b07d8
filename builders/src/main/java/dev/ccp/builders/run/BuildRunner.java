package dev.ccp.builders.run;

import dev.ccp.builders.engine.BuildOutcome;
import dev.ccp.builders.engine.BuildRequest;
import dev.ccp.builders.engine.Cancellation;
import dev.ccp.builders.engine.ImageEngine;
import dev.ccp.builders.engine.PushOutcome;
import dev.ccp.builders.engine.RemoteImages;
import dev.ccp.builders.image.BuildContextWriter;
import dev.ccp.dsl.files.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds planned images as futures over a pool of {@code workers} threads: each image starts
 * when its parent has ended, and no task waits for another. An image whose content hash is
 * already present is not rebuilt. A failure skips the failed image's descendants only; sibling
 * subtrees go on. Push retries are scheduled with a delay rather than slept through.
 */
public final class BuildRunner {

    /** How the log line announcing a push attempt starts. */
    static final String PUSH_LINE_PREFIX = "push ";

    private final ImageEngine engine;
    private final RemoteImages registry;
    private final BuildSettings settings;
    private final BuildListener listener;
    private final Cancellation cancellation = new Cancellation();

    public BuildRunner(ImageEngine engine, RemoteImages registry, BuildSettings settings, BuildListener listener) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Stops the run: pending images end as cancelled, running builds are stopped and fail as interrupted. */
    public void cancel() {
        cancellation.cancel();
    }

    /** Runs the plan (parents before children) and reports every image, in plan order. */
    public BuildReport run(List<PlannedImage> plan) {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(settings.workers(), new WorkerThreads());
        try {
            AtomicInteger done = new AtomicInteger();
            Map<String, CompletableFuture<ImageResult>> results = new LinkedHashMap<>();
            for (PlannedImage image : plan) {
                CompletableFuture<ImageResult> parent = image.parent().map(results::get)
                        .orElse(CompletableFuture.completedFuture(null));
                CompletableFuture<ImageResult> result = parent
                        .thenComposeAsync(parentResult -> process(image, parentResult, pool), pool)
                        .exceptionally(error -> failed(image, Duration.ZERO, "internal error: " + rootMessage(error),
                                List.of(), null, false))
                        .thenApply(ended -> {
                            listener.finished(ended, done.incrementAndGet(), plan.size());
                            return ended;
                        });
                results.put(image.image(), result);
            }
            CompletableFuture.allOf(results.values().toArray(CompletableFuture[]::new)).join();
            List<ImageResult> ended = results.values().stream().map(CompletableFuture::join).toList();
            return new BuildReport(ended, Duration.ofNanos(System.nanoTime() - start), cancellation.isCancelled());
        } finally {
            pool.shutdownNow();
        }
    }

    private CompletableFuture<ImageResult> process(PlannedImage image, ImageResult parentResult, ExecutorService pool) {
        // once the run is cancelled nothing more starts, whatever the parent's state (a parent whose
        // build was stopped by the interruption fails, but its children were not skipped for that)
        if (cancellation.isCancelled()) {
            return CompletableFuture.completedFuture(result(image, ImageState.CANCELLED, "the run was interrupted",
                    false, Duration.ZERO, List.of(), null));
        }
        if (parentResult != null && !parentResult.imageAvailable()) {
            return CompletableFuture.completedFuture(notAttempted(image, parentResult));
        }
        listener.started(image.image());
        long start = System.nanoTime();
        ImageLog log = new ImageLog(image.image(), settings.logDir(), listener);
        try {
            Step step = buildIfNeeded(image, log);
            if (!step.pushNeeded()) {
                log.close();
                return CompletableFuture.completedFuture(step.result(image, start, log));
            }
            return pushAttempt(image, log, 1, pool, start, step.detail())
                    .whenComplete((ignored, error) -> log.close());
        } catch (RuntimeException e) {
            log.line("ERROR: " + rootMessage(e));
            log.close();
            return CompletableFuture.completedFuture(failed(image, since(start), rootMessage(e), log.tail(),
                    log, false));
        }
    }

    /** What the build part decided: an end state, or "push next". */
    private record Step(ImageState state, String detail, boolean imageAvailable, boolean pushNeeded) {
        ImageResult result(PlannedImage image, long start, ImageLog log) {
            List<String> tail = state == ImageState.FAILED ? log.tail() : List.of();
            return new ImageResult(image.image(), image.name().reference(), image.hash(), state, detail,
                    imageAvailable, since(start), tail, log.file());
        }
    }

    private Step buildIfNeeded(PlannedImage image, ImageLog log) {
        String reference = image.name().reference();
        log.line("image " + reference + ", content hash " + image.hash());
        if (!settings.noCache()) {
            boolean local = engine.localLabels(reference)
                    .map(labels -> image.hash().equals(labels.get(BuildPlanner.HASH_LABEL))).orElse(false);
            boolean remote = settings.push() && registry.labels(image.name().registry(), image.name().registryPath(),
                    image.name().tag()).map(labels -> image.hash().equals(labels.get(BuildPlanner.HASH_LABEL))).orElse(false);
            if (settings.push() && remote) {
                log.line("the registry already has this content hash: nothing to do");
                return new Step(ImageState.ALREADY_PRESENT, "", true, false);
            }
            if (local && !settings.push()) {
                log.line("a local image already has this content hash: nothing to do");
                return new Step(ImageState.ALREADY_PRESENT, "", true, false);
            }
            if (local) {
                log.line("a local image already has this content hash: push only");
                return new Step(ImageState.PUSHED, "", true, true);
            }
        }
        Path context = settings.workDir().resolve("contexts").resolve(image.image());
        deleteTree(context);
        BuildContextWriter.write(image.definition(), image.sources(), context);
        Map<String, String> labels = Map.of(BuildPlanner.IMAGE_LABEL, image.image(), BuildPlanner.HASH_LABEL, image.hash());
        BuildOutcome outcome = engine.build(new BuildRequest(context, reference, labels, settings.buildArgs(),
                settings.noCache()), log::line, cancellation);
        deleteTree(context);
        if (!outcome.succeeded()) {
            String reason = cancellation.isCancelled()
                    ? "Building '" + image.image() + "' was interrupted"
                    : "build failed: " + outcome.error().orElse("unknown error");
            log.line("ERROR: " + reason);
            return new Step(ImageState.FAILED, reason, false, false);
        }
        return settings.push() ? new Step(ImageState.PUSHED, "", true, true) : new Step(ImageState.BUILT, "", true, false);
    }

    private CompletableFuture<ImageResult> pushAttempt(PlannedImage image, ImageLog log, int attempt,
            ExecutorService pool, long start, String detail) {
        log.line(PUSH_LINE_PREFIX + image.name().reference() + " (attempt " + attempt + " of " + settings.pushAttempts() + ")");
        PushOutcome outcome = engine.push(image.name().reference(), settings.credentials(), log::line);
        if (outcome.succeeded()) {
            return CompletableFuture.completedFuture(result(image, ImageState.PUSHED, detail, true, since(start),
                    List.of(), log));
        }
        String error = outcome.error().orElse("unknown error");
        if (attempt >= settings.pushAttempts() || cancellation.isCancelled()) {
            String reason = "push failed after " + attempt + " attempt(s): " + error;
            log.line("ERROR: " + reason);
            return CompletableFuture.completedFuture(failed(image, since(start), reason, log.tail(), log, true));
        }
        Duration wait = settings.pushBackoff().multipliedBy(1L << (attempt - 1));
        log.line("push attempt " + attempt + " failed (" + error + "); retrying in " + wait.toMillis() + " ms");
        return CompletableFuture.supplyAsync(() -> attempt + 1,
                        CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS, pool))
                .thenCompose(next -> pushAttempt(image, log, next, pool, start, detail));
    }

    private static ImageResult notAttempted(PlannedImage image, ImageResult parent) {
        if (parent.state() == ImageState.CANCELLED) {
            return result(image, ImageState.CANCELLED, "the run was interrupted", false, Duration.ZERO, List.of(), null);
        }
        String reason = parent.state() == ImageState.FAILED
                ? "parent " + parent.name() + " failed"
                : parent.detail().replaceFirst("^parent ", "ancestor ");
        return result(image, ImageState.SKIPPED, reason, false, Duration.ZERO, List.of(), null);
    }

    private static ImageResult failed(PlannedImage image, Duration elapsed, String reason, List<String> tail,
            ImageLog log, boolean imageAvailable) {
        return result(image, ImageState.FAILED, reason, imageAvailable, elapsed, tail, log);
    }

    private static ImageResult result(PlannedImage image, ImageState state, String detail, boolean available,
            Duration elapsed, List<String> tail, ImageLog log) {
        return new ImageResult(image.image(), image.name().reference(), image.hash(), state, detail, available,
                elapsed, tail, log == null ? java.util.Optional.empty() : log.file());
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void deleteTree(Path directory) {
        try {
            FileTrees.deleteTree(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }

    /** Daemon threads named {@code ccp-build-N}, so a stuck build never keeps the JVM alive. */
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "ccp-build-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
