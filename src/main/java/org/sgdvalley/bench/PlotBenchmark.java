package org.sgdvalley.bench;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import org.sgdvalley.ui.base.HeadlessToolkit;
import org.sgdvalley.ui.plot.AxisScale;
import org.sgdvalley.ui.plot.PlotMarker;
import org.sgdvalley.ui.plot.PlotModel;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.PlotView;
import org.sgdvalley.ui.plot.Range;
import org.sgdvalley.ui.plot.SeriesBuffer;
import org.sgdvalley.ui.plot.SeriesStyle;

/**
 * Measures frames of four plots of a million points each, rendered with the software renderer. A frame
 * is: change the data or the view, call {@link PlotView#redraw()} on each plot, and render the four
 * plots into an image by a snapshot (which rasterises the canvases and reads the pixels back). The
 * median of several frames is reported for four cases; see {@link Result}. Starts the JavaFX toolkit if
 * needed, on the platform chosen beforehand (headless when there is no display).
 */
final class PlotBenchmark {

    /** Points per plot. */
    public static final int POINTS = 1_000_000;
    /** Plots per frame. */
    public static final int PLOTS = 4;
    /** Points appended to each plot per live frame (a fast training run at 60 frames per second). */
    public static final int APPENDED_PER_FRAME = 1_000;

    private static final int WIDTH = 800;
    private static final int HEIGHT = 300;
    private static final int WARMUP_FRAMES = 30;

    /**
     * Median milliseconds per frame.
     *
     * @param liveMillis a live run: {@value #APPENDED_PER_FRAME} points appended to each plot per frame
     * @param rewriteMillis every point of every plot rewritten each frame, so all are decimated again
     * @param zoomMillis the x range changed each frame: all points decimated and every layer drawn
     * @param idleMillis nothing changed: the cost of the snapshot alone
     */
    public record Result(double liveMillis, double rewriteMillis, double zoomMillis, double idleMillis) {
    }

    private PlotBenchmark() {
    }

    /**
     * Runs {@code frames} measured frames (after a warm-up) of each case. Must not be called on the
     * JavaFX thread; takes a few seconds per hundred frames.
     */
    public static Result run(int frames) throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("run the benchmark off the JavaFX thread");
        }
        startToolkit();
        List<SeriesBuffer> data = bouncingLosses(POINTS + (frames + WARMUP_FRAMES) * APPENDED_PER_FRAME);
        VBox plots = onFx(() -> buildPlots(data));
        int[] appended = {0};
        double live = median(frames, plots, frame -> {
            for (SeriesBuffer s : data) {
                for (int k = 0; k < APPENDED_PER_FRAME; k++) {
                    s.add(s.count(), bounce(POINTS + appended[0] + k, 0));
                }
            }
            appended[0] += APPENDED_PER_FRAME;
        });
        double rewrite = median(frames, plots, frame -> data.forEach(SeriesBuffer::touch));
        double zoom = median(frames, plots, frame -> plots.getChildren().forEach(node -> ((PlotView) node).getModel()
                .xZoomProperty().set(new Range(frame % 2, POINTS + appended[0]))));
        double idle = median(frames, plots, frame -> { });
        return new Result(live, rewrite, zoom, idle);
    }

    private static double median(int frames, VBox plots, IntConsumer change) throws InterruptedException {
        SnapshotParameters parameters = new SnapshotParameters();
        WritableImage image = new WritableImage(WIDTH, HEIGHT * PLOTS);
        double[] millis = new double[frames];
        for (int f = -WARMUP_FRAMES; f < frames; f++) {
            int frame = f;
            double ms = onFx(() -> {
                long start = System.nanoTime();
                change.accept(frame);
                for (Node node : plots.getChildren()) {
                    ((PlotView) node).redraw();
                }
                plots.snapshot(parameters, image);
                return (System.nanoTime() - start) / 1e6;
            });
            if (frame >= 0) {
                millis[frame] = ms;
            }
        }
        Arrays.sort(millis);
        return millis[frames / 2];
    }

    private static VBox buildPlots(List<SeriesBuffer> data) {
        VBox box = new VBox();
        for (int i = 0; i < PLOTS; i++) {
            PlotModel model = new PlotModel();
            model.titleProperty().set("run " + (i + 1));
            model.yScaleProperty().set(i % 2 == 0 ? AxisScale.LOG : AxisScale.LINEAR);
            model.addSeries(data.get(i), SeriesStyle.envelope("train loss", PlotTheme.paletteColor(i)));
            model.getMarkers().add(new PlotMarker(POINTS / 2.0, "decay", PlotTheme.paletteColor(7)));
            PlotView view = new PlotView(model);
            view.setPrefSize(WIDTH, HEIGHT);
            box.getChildren().add(view);
        }
        new Scene(box, WIDTH, HEIGHT * PLOTS);
        box.applyCss();
        box.layout();
        return box;
    }

    /** Losses bouncing between valley walls, with rare large spikes. */
    private static List<SeriesBuffer> bouncingLosses(int capacity) {
        SeriesBuffer[] series = new SeriesBuffer[PLOTS];
        for (int p = 0; p < PLOTS; p++) {
            series[p] = new SeriesBuffer(capacity);
            for (int i = 0; i < POINTS; i++) {
                series[p].add(i, bounce(i, p));
            }
        }
        return List.of(series);
    }

    /** A deterministic bouncing loss value at step {@code i}: a rectified sine, noise, and a spike every 4999 steps. */
    private static double bounce(int i, int plot) {
        double noise = new SplittableRandom(i * 31L + plot).nextDouble();
        double value = 0.05 + 0.04 * Math.abs(Math.sin(i * 0.3 + plot)) * noise;
        return i % 4999 == 0 ? 10 * value : value;
    }

    private static void startToolkit() throws InterruptedException {
        if (System.getProperty("prism.order") == null) {
            System.setProperty("prism.order", "sw");
        }
        HeadlessToolkit.start();
    }

    private static <T> T onFx(Callable<T> action) throws InterruptedException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark frame failed", e.getCause());
        }
    }
}
