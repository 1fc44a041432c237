package org.sgdvalley.ui.base;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The application's one executor for background work (saving, exporting, sweeps, landscapes): daemon
 * threads, so a task still running never keeps the JVM alive after the window closes.
 */
public final class BackgroundTaskExecutor implements TaskExecutor {
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService pool = Executors.newCachedThreadPool(work -> {
        Thread t = new Thread(work, "sgd-valley-task-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Override
    public void execute(Runnable work) {
        pool.execute(work);
    }

    @Override
    public void onUiThread(Runnable update) {
        Platform.runLater(update);
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
