package org.sgdvalley.ui.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;

/** Starts the JavaFX toolkit for work without an application window (PNG reports, benchmarks). */
public final class HeadlessToolkit {
    private HeadlessToolkit() {
    }

    /** Starts the toolkit once; later calls return at once. */
    public static void start() throws InterruptedException {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            return;
        }
        Platform.setImplicitExit(false);
        try {
            started.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
    }
}
