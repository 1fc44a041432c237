package org.sgdvalley.ui;

import org.sgdvalley.engine.metric.Linalg;

/** Loads ND4J (about 2 s) on a background thread at start-up, so the first rank or SVD is quick. */
final class BackgroundWarmup {
    private BackgroundWarmup() {
    }

    static void start() {
        Thread t = new Thread(() -> {
            try {
                Linalg.warmUp();
            } catch (RuntimeException | LinkageError unavailable) {
                // metrics that need ND4J will read NaN; the app itself does not depend on it
            }
        }, "nd4j-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
