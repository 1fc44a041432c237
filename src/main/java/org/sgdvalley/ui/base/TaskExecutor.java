package org.sgdvalley.ui.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Where the window's background work runs and how its results come back to the JavaFX thread. View
 * models are given one, so the application runs work on {@link BackgroundTaskExecutor}'s threads and
 * tests run it on their own thread, with nothing to wait for.
 */
public interface TaskExecutor extends Executor, AutoCloseable {

    /** Runs {@code work} off the JavaFX thread (as an {@link Executor}, so engine-side workers can take it). */
    @Override
    void execute(Runnable work);

    /** Runs {@code update} on the JavaFX thread, later. */
    void onUiThread(Runnable update);

    /** Computes {@code work} off the JavaFX thread; the future completes on that thread. */
    default <T> CompletableFuture<T> supply(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        execute(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Stops taking work; work already started finishes. */
    @Override
    void close();
}
