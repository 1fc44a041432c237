package org.sgdvalley.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.sgdvalley.engine.metric.Linalg;

/**
 * The one place the desktop app loads native libraries after the window system has started: one
 * thread ({@value #THREAD_NAME}) runs one step after the other, in a fixed order. First what JavaFX
 * would otherwise load lazily at some later frame (its font rasterizers, its image decoder, the
 * software renderer's effects, libdecora_sse), then AWT's imaging (PNG and GIF export), and last
 * ND4J with OpenBLAS through JavaCPP. Before the loader thread starts, ND4J's load is reserved for it
 * ({@link Linalg#reserveLoadingFor}): the trainer, needing a metric, waits instead of loading it
 * beside the window system. JavaCPP's loading looks symbols up inside dl_iterate_phdr, and a
 * library that another thread opened meanwhile deadlocked the app at start-up. When the {@code gui}
 * command has loaded ND4J already, before the window system started, the reservation and the last
 * step find it loaded.
 *
 * <p>The loader is a thread of its own, not a task on the window's executor: the reservation names
 * this very thread before it starts, and every load happens on it, one after the other (one place,
 * one thread, a fixed order). Its start waits for the first pulse through a one-shot animation timer
 * because the window's frame clock does not exist yet when the app calls {@link #startForApp()}.
 */
public final class NativeLibraries {
    /** The loader thread's name. */
    static final String THREAD_NAME = "native-loader";
    /** A 1 x 1 PNG: decoding it loads JavaFX's image decoder. */
    private static final byte[] ONE_PIXEL_PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==");
    private static NativeLibraries app;

    /** One step of the loading: a name for messages and the code that makes the libraries load. */
    record Step(String name, Runnable load) {
        Step {
            Objects.requireNonNull(name);
            Objects.requireNonNull(load);
        }
    }

    private final List<Step> steps;
    private final Consumer<Thread> reserve;
    private final Thread thread;
    private final CompletableFuture<List<String>> finished = new CompletableFuture<>();

    /**
     * A loader that runs {@code steps} in order on its own thread, calling {@code reserve} with that
     * thread before it starts.
     */
    NativeLibraries(List<Step> steps, Consumer<Thread> reserve) {
        this.steps = List.copyOf(steps);
        this.reserve = Objects.requireNonNull(reserve);
        this.thread = new Thread(this::loadAll, THREAD_NAME);
        thread.setDaemon(true);
    }

    /**
     * Reserves ND4J's load for the app's loader and starts loading at the next animation pulse (the
     * first frame is not kept waiting), once per process; later calls return the same loader. Call it
     * on the JavaFX thread, before anything that may use ND4J exists.
     */
    public static synchronized NativeLibraries startForApp() {
        if (app == null) {
            app = new NativeLibraries(appSteps(), Linalg::reserveLoadingFor);
            app.reserve.accept(app.thread);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    app.thread.start();
                }
            }.start();
        }
        return app;
    }

    /** The app's steps, in the order they run: ND4J last. */
    static List<Step> appSteps() {
        return List.of(new Step("JavaFX text, images and effects", () -> onFxThread(NativeLibraries::drawSample)),
                new Step("AWT imaging", NativeLibraries::exportSample),
                new Step("ND4J and OpenBLAS", NativeLibraries::linalgSample));
    }

    void start() {
        reserve.accept(thread);
        thread.start();
    }

    /** Completes, once every step has run, with the steps that failed (name: reason). */
    CompletableFuture<List<String>> finished() {
        return finished;
    }

    private void loadAll() {
        List<String> failures = new ArrayList<>();
        try {
            for (Step step : steps) {
                try {
                    step.load().run();
                } catch (RuntimeException | LinkageError e) {
                    // a missing library disables what needs it, not the app; the next step still runs after it
                    failures.add(step.name() + ": " + e);
                }
            }
        } finally {
            finished.complete(List.copyOf(failures));
        }
    }

    private static void onFxThread(Runnable work) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException | LinkageError e) {
                done.completeExceptionally(e);
            }
        });
        done.join();
    }

    /** Renders text with an effect and an image: the render thread loads what the pipeline needs for them. */
    private static void drawSample() {
        Text text = new Text("Ag 0.1");
        text.setEffect(new DropShadow());
        Group sample = new Group(text, new ImageView(new Image(new ByteArrayInputStream(ONE_PIXEL_PNG))));
        new Scene(sample);
        sample.snapshot(null, null);
    }

    /** Scales, writes text on and encodes an image as the PNG and GIF exports do. */
    private static void exportSample() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, 2, 2, null);
            g.drawString("0", 0, 3);
        } finally {
            g.dispose();
        }
        try {
            ImageIO.write(image, "png", new ByteArrayOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads ND4J and calls each kind of routine the metrics use once. */
    private static void linalgSample() {
        Linalg.warmUp();
        Linalg.singularValues(new double[] {2, 0, 0, 1}, 2, 2);
        Linalg.symmetricEigenvalues(new double[] {2, 0, 0, 1}, 2);
        Linalg.meanSquaredResiduals(new double[] {1, 1}, 1, new double[] {1, 0, 0, 1}, new double[] {1, 1}, 2);
    }
}
