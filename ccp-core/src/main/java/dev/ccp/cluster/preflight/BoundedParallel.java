package dev.ccp.cluster.preflight;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Runs independent round trips (access reviews, registry requests) a few at a time and collects
 * the answers in the order of the questions. A call's runtime exception is rethrown as it is.
 */
final class BoundedParallel {

    private BoundedParallel() {
    }

    static <T, R> List<R> map(List<T> questions, int parallelism, Function<T, R> call) {
        if (questions.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, questions.size()), runnable -> {
            Thread thread = new Thread(runnable, "ccp-preflight");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<CompletableFuture<R>> asked = questions.stream()
                    .map(question -> CompletableFuture.supplyAsync(() -> call.apply(question), pool))
                    .toList();
            return asked.stream().map(BoundedParallel::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R join(CompletableFuture<R> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
