package org.sgdvalley.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.export.PngExporter;

/**
 * For {@code gui --screenshot}: once every run has done the requested steps (or stopped), lets the
 * plots catch up for a few frames, saves the whole window as PNG and ends the app. Without --force the
 * file is created new (a file that appeared since the command's check is kept, and the command fails).
 */
final class ScreenshotOnce {
    private static final int SETTLE_FRAMES = 5;
    private final MainView view;
    private final Path file;
    private final long afterSteps;
    private final boolean overwrite;
    private final Consumer<String> errors;
    private int settled;
    private Runnable unsubscribe;

    /**
     * Saves {@code file} once every run has done {@code afterSteps} steps; replaces it only when
     * {@code overwrite}. A failure goes to {@code errors} as one line (the command line prints it).
     */
    ScreenshotOnce(MainView view, Path file, long afterSteps, boolean overwrite, Consumer<String> errors) {
        this.view = view;
        this.file = file;
        this.afterSteps = afterSteps;
        this.overwrite = overwrite;
        this.errors = errors;
    }

    /** Watches the runs on every pulse of the window's frame clock. */
    void start() {
        unsubscribe = view.frameClock().subscribe(this::pulse);
    }

    private void pulse() {
        ControllerStatus status = view.viewModel().statusProperty().get();
        if (status == null || status.generation() != view.viewModel().controller().session().generation()) {
            return;
        }
        boolean done = status.runs().stream()
                .allMatch(r -> r.iteration() >= afterSteps || r.finished() || r.divergence() != null);
        if (!done) {
            return;
        }
        view.viewModel().pause();
        if (++settled < SETTLE_FRAMES) {
            return;
        }
        unsubscribe.run();
        try {
            PngExporter.write(PngExporter.screenshot(view, 1), view.exportMetadata(), file, overwrite);
            SgdValleyApp.exit(0);
        } catch (IOException e) {
            errors.accept("error: --screenshot: " + e.getMessage());
            SgdValleyApp.exit(2);
        } catch (RuntimeException e) {
            errors.accept("error: internal failure: --screenshot: " + e);
            SgdValleyApp.exit(1);
        }
    }
}
