package dev.ccp.cluster;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Runs independent round trips (access reviews, registry requests, reads and writes of the
 * cluster) a few at a time on daemon threads and collects the answers in the order of the
 * questions. Once every call has finished, the runtime exception of the first call (in question
 * order) that threw is rethrown as it is.
 */
public final class BoundedParallel {

    private BoundedParallel() {
    }

    /**
     * {@code call} applied to every question, at most {@code parallelism} at a time, on threads
     * called {@code threadName}; the answers in the order of the questions.
     */
    public static <T, R> List<R> map(List<T> questions, int parallelism, String threadName, Function<T, R> call) {
        if (questions.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, questions.size()), runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<R>> asked = questions.stream()
                    .map(question -> CompletableFuture.supplyAsync(() -> call.apply(question), pool))
                    .toList();
            CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new)).exceptionally(failure -> null).join();
            return asked.stream().map(BoundedParallel::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The value of {@code future}; its failure's runtime exception (or error) rethrown as it is. */
    public static <R> R join(CompletableFuture<R> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
