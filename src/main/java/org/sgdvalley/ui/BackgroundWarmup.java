package org.sgdvalley.ui;

import java.util.concurrent.CompletableFuture;
import org.sgdvalley.engine.metric.Linalg;

/**
 * Native libraries at start-up, one after the other: the window system's first (JavaFX, then the
 * AWT imaging the PNG export uses), and only then ND4J (about 2 s), on a background thread. Until
 * then, a metric that needs ND4J waits instead of loading it at the same time.
 */
final class BackgroundWarmup {
    /** Frames drawn before JavaFX is taken to have loaded its native libraries. */
    private static final int FRAMES = 10;
    private final CompletableFuture<Void> windowReady = new CompletableFuture<>();
    private int frames;

    BackgroundWarmup() {
        Linalg.deferLoadingUntil(windowReady);
    }

    /** Called once per frame on the JavaFX thread; after a few frames, lets ND4J load. */
    void frameDrawn() {
        if (windowReady.isDone() || ++frames < FRAMES) {
            return;
        }
        // loads AWT's imaging libraries now, on this thread, rather than at the first export
        new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_ARGB).getGraphics().dispose();
        windowReady.complete(null);
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
