package org.sgdvalley.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.sgdvalley.engine.metric.Linalg;
import org.sgdvalley.engine.run.ControllerStatus;

/**
 * For start-up measurements ({@code gui --startup-probe}): reports when the window first shows the
 * preset's content, then keeps the window drawing until ND4J's native libraries have loaded and a few
 * more frames have been drawn, reports that and ends the app. A launch that never reports both hung.
 * It looks once per pulse of the window's frame clock, after the window's own frame.
 */
final class StartupProbe {
    /** Frames that must still be drawn after the native libraries loaded. */
    private static final int FRAMES_AFTER_LOAD = 10;
    private final MainView view;
    private final Consumer<String> report;
    private final Instant processStart;
    private final boolean linalgBeforeWindow;
    private boolean contentShown;
    private boolean contentReported;
    private int framesAfterLoad;
    private Runnable unsubscribe;

    StartupProbe(MainView view, Consumer<String> report) {
        this.view = view;
        this.report = report;
        this.linalgBeforeWindow = Linalg.loadAttempted();
        this.processStart = launch();
    }

    /** Starts looking, from the next pulse on. */
    void start() {
        unsubscribe = view.frameClock().subscribe(this::pulse);
    }

    private void pulse() {
        if (!contentShown) {
            ControllerStatus status = view.viewModel().statusProperty().get();
            // the main view's own frame ran first in this pulse: once it shows the session, the pulse draws it
            contentShown = status != null
                    && status.generation() == view.viewModel().controller().session().generation();
            return;
        }
        if (!contentReported) {
            // one pulse later: the frame with the content has been rendered
            contentReported = true;
            report.accept("startup: first content after " + millisSinceStart() + " ms, ND4J loaded "
                    + (linalgBeforeWindow ? "before" : "after") + " the window opened");
        }
        if (Linalg.loadAttempted() && ++framesAfterLoad >= FRAMES_AFTER_LOAD) {
            unsubscribe.run();
            report.accept("startup: native libraries loaded, window drawing, after " + millisSinceStart() + " ms");
            SgdValleyApp.exit(0);
        }
    }

    /** When the app was launched: by the JVM that started this one for it, if one did. */
    private static Instant launch() {
        String first = System.getProperty(SgdValleyApp.LAUNCHED_AT);
        if (first != null) {
            try {
                return Instant.ofEpochMilli(Long.parseLong(first));
            } catch (NumberFormatException e) {
                // not set by the launcher: this JVM's own start
            }
        }
        return ProcessHandle.current().info().startInstant().orElse(Instant.now());
    }

    private long millisSinceStart() {
        return Duration.between(processStart, Instant.now()).toMillis();
    }
}
