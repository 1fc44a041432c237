package org.sgdvalley.ui.classroom;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.Trainer;
import org.sgdvalley.export.FrameSink;
import org.sgdvalley.export.PngExporter;

/**
 * Records a view over a run as an animation. From the start of the current experiment it has the
 * trainer advance to each frame's iteration (no overshoot, full speed), lets the plots catch up for a
 * few frames, takes a snapshot on the JavaFX thread, and scales and encodes it on a background thread.
 * {@link #progressProperty()} goes from 0 to 1; the callback gets null on success or the error message.
 */
public final class AnimationRecorder {
    private static final int SETTLE_FRAMES = 3;
    private final Trainer controller;
    private final Node node;
    private final RecordingSpec spec;
    private final Map<String, String> metadata;
    private final java.awt.Color background;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ExecutorService encoder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sgd-animation-encoder");
        t.setDaemon(true);
        return t;
    });
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            tick();
        }
    };
    private Consumer<String> onDone = error -> { };
    private volatile String failure;
    private FrameSink sink;
    private long startGeneration;
    private int frame;
    private int settled;
    private boolean requested;

    /**
     * A recorder of {@code node}, driving {@code controller}.
     *
     * @param metadata text for the PNG frames of a sequence
     * @param background colour around a picture whose proportions differ from the frame's
     */
    public AnimationRecorder(Trainer controller, Node node, RecordingSpec spec,
                             Map<String, String> metadata, javafx.scene.paint.Color background) {
        this.controller = controller;
        this.node = node;
        this.spec = spec;
        this.metadata = Map.copyOf(metadata);
        this.background = new java.awt.Color((float) background.getRed(), (float) background.getGreen(),
                (float) background.getBlue());
    }

    /**
     * Opens the output, restarts the experiment and starts recording; call on the JavaFX thread.
     *
     * @param done called on the JavaFX thread with null on success, else a one-line error
     * @throws IOException when the output cannot be created
     */
    public void start(Consumer<String> done) throws IOException {
        onDone = done;
        sink = FrameSink.open(spec.target(), spec.fps(), metadata, spec.overwrite());
        var session = controller.session();
        startGeneration = session == null ? -1 : session.generation();
        controller.reset();
        running.set(true);
        timer.start();
    }

    /** Stops recording and removes what was written. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        timer.stop();
        running.set(false);
        FrameSink s = sink;
        encoder.submit(s::abort);
        encoder.shutdown();
        onDone.accept("recording cancelled");
    }

    private void tick() {
        var session = controller.session();
        ControllerStatus status = controller.status();
        if (session == null || session.generation() == startGeneration || status == null
                || status.generation() != session.generation()) {
            return;
        }
        long target = spec.iterationOf(frame);
        if (!requested) {
            controller.advanceTo(target);
            requested = true;
            settled = 0;
            return;
        }
        boolean reached = status.runs().stream()
                .allMatch(r -> r.iteration() >= target || r.finished() || r.divergence() != null);
        if (!reached || ++settled < SETTLE_FRAMES) {
            return;
        }
        BufferedImage picture = SwingFXUtils.fromFXImage(PngExporter.snapshot(node, 1), null);
        encoder.submit(() -> encode(picture));
        frame++;
        requested = false;
        progress.set(frame / (double) spec.frames());
        if (failure != null || frame == spec.frames()) {
            timer.stop();
            encoder.submit(this::finish);
            encoder.shutdown();
        }
    }

    private void encode(BufferedImage picture) {
        if (failure != null) {
            return;
        }
        try {
            sink.add(FrameScaler.fit(picture, spec.width(), spec.height(), background));
        } catch (IOException | RuntimeException e) {
            failure = e.getMessage() == null ? e.toString() : e.getMessage();
        }
    }

    private void finish() {
        String error = failure;
        if (error == null) {
            try {
                sink.finish();
            } catch (IOException | RuntimeException e) {
                error = e.getMessage() == null ? e.toString() : e.getMessage();
            }
        }
        if (error != null) {
            sink.abort();
        }
        String result = error;
        Platform.runLater(() -> {
            running.set(false);
            onDone.accept(result);
        });
    }

    /** Frames taken so far over frames planned, from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True from {@link #start} until the file is written, has failed or is cancelled. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public RecordingSpec spec() {
        return spec;
    }
}
