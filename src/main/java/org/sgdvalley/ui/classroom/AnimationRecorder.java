package org.sgdvalley.ui.classroom;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.Trainer;
import org.sgdvalley.export.FrameSink;
import org.sgdvalley.ui.base.FrameClock;
import org.sgdvalley.ui.base.TaskExecutor;

/**
 * Records a view over a run as an animation, with the same axes in every frame. It first rehearses:
 * from the start of the current experiment it trains to each frame's iteration and measures the ranges
 * each picture shows (the union is what every frame will show). From the start again it has the
 * trainer advance to each frame's iteration (no overshoot, full speed), lets the plots catch up for a few pulses of the window's frame
 * clock, takes a snapshot without the input controls on the JavaFX thread, and scales and encodes it in
 * the background, one frame after the other.
 * {@link #progressProperty()} goes from 0 to 1; the callback gets null on success or the error message.
 */
public final class AnimationRecorder {
    private static final int SETTLE_FRAMES = 3;
    private final Trainer controller;
    private final Node node;
    private final RecordingSpec spec;
    private final Map<String, String> metadata;
    private final Color background;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final FrameClock clock;
    private final TaskExecutor tasks;
    /** The last encoding task: each frame's waits for the one before, as a GIF is written in order. */
    private CompletableFuture<Void> encoded = CompletableFuture.completedFuture(null);
    private Runnable unsubscribe = () -> { };
    private Consumer<String> onDone = error -> { };
    private volatile String failure;
    private FrameSink sink;
    private long startGeneration;
    private int frame;
    private int settled;
    private boolean requested;
    private boolean rehearsed;
    private final AxisLock axes = new AxisLock();

    /**
     * A recorder of {@code node}, driving {@code controller}.
     *
     * @param metadata text for the PNG frames of a sequence
     * @param background colour around a picture whose proportions differ from the frame's
     * @param clock the window's frame clock, whose pulses drive the recording
     * @param tasks where frames are encoded and the file written
     */
    public AnimationRecorder(Trainer controller, Node node, RecordingSpec spec,
                             Map<String, String> metadata, javafx.scene.paint.Color background,
                             FrameClock clock, TaskExecutor tasks) {
        this.clock = clock;
        this.tasks = tasks;
        this.controller = controller;
        this.node = node;
        this.spec = spec;
        this.metadata = Map.copyOf(metadata);
        this.background = new Color((float) background.getRed(), (float) background.getGreen(),
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
        axes.measure(node);
        controller.reset();
        running.set(true);
        unsubscribe = clock.subscribe(this::tick);
    }

    /** Stops recording and removes what was written. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        unsubscribe.run();
        axes.release();
        running.set(false);
        FrameSink s = sink;
        encode(s::abort);
        onDone.accept("recording cancelled");
    }

    private void tick() {
        var session = controller.session();
        ControllerStatus status = controller.status();
        if (session == null || session.generation() == startGeneration || status == null
                || status.generation() != session.generation()) {
            return;
        }
        if (rehearsed) {
            axes.hold();
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
        requested = false;
        if (rehearsed) {
            takeFrame();
        } else {
            rehearseFrame(session.generation());
        }
    }

    /** Measures the axes of one frame of the rehearsal; after the last, starts the recording proper. */
    private void rehearseFrame(long generation) {
        axes.observe(node);
        frame++;
        progress.set(frame / (2.0 * spec.frames()));
        if (frame == spec.frames()) {
            rehearsed = true;
            frame = 0;
            startGeneration = generation;
            controller.reset();
        }
    }

    private void takeFrame() {
        BufferedImage picture = SwingFXUtils.fromFXImage(FrameSnapshot.of(node, 1), null);
        encode(() -> add(picture));
        frame++;
        progress.set((spec.frames() + frame) / (2.0 * spec.frames()));
        if (failure != null || frame == spec.frames()) {
            unsubscribe.run();
            axes.release();
            encode(this::finish);
        }
    }

    /** Runs {@code step} in the background after every step queued before it. */
    private void encode(Runnable step) {
        encoded = encoded.thenRunAsync(step, tasks);
    }

    private void add(BufferedImage picture) {
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
        tasks.onUiThread(() -> {
            running.set(false);
            onDone.accept(result);
        });
    }

    /** How far the rehearsal and then the recording are, from 0 to 1 (one half each). */
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
