package org.sgdvalley.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sgdvalley.ui.base.Format;
import org.sgdvalley.diagnostics.FailureLog;
import org.sgdvalley.engine.run.CompareSpec;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.ExperimentController;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.engine.run.Trainer;
import org.sgdvalley.session.ExperimentSession;
import org.sgdvalley.session.Sessions;
import org.sgdvalley.ui.base.TaskExecutor;
import org.sgdvalley.ui.sweep.SweepHost;
import org.sgdvalley.ui.valley.ValleyHost;

/**
 * State and actions of the main window, independent of any view: testable without the toolkit.
 * The view calls {@link #refresh()} once per frame; it pulls the trainer's status, so the trainer
 * never calls into the UI. It is given its collaborators: the trainer, and the executor that the
 * window's background work (exports, sessions, sweeps) runs on.
 */
public final class MainViewModel implements SweepHost, ValleyHost, AutoCloseable {
    private final List<ExperimentSpec> presets;
    private final Trainer controller;
    private final TaskExecutor tasks;
    private final ObjectProperty<ExperimentSpec> preset = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ControllerStatus> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper diverged = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final DoubleProperty speedPosition = new SimpleDoubleProperty(Speed.MAX_POSITION);
    private final DoubleProperty stepSize = new SimpleDoubleProperty();
    private final BooleanProperty stepSizeAdjusting = new SimpleBooleanProperty();
    private final BooleanProperty stepSizeForAllRuns = new SimpleBooleanProperty(true);
    private final IntegerProperty focusedRun = new SimpleIntegerProperty();
    private final BooleanProperty logIterationAxis = new SimpleBooleanProperty(false);
    static final String REWOUND = "Rewound to the last checkpoint. Paused: lower the step size, then press Play.";
    private long generation = -1;
    private CompletableFuture<ExperimentSession> kept;
    private String keptName;
    private boolean restoring;

    /**
     * A view model over the given presets, starting (paused) on {@code initial}, which {@code trainer}
     * was made with; it runs background work on {@code tasks}. Closing it closes both.
     */
    public MainViewModel(List<ExperimentSpec> presets, ExperimentSpec initial, Trainer trainer, TaskExecutor tasks) {
        this.presets = List.copyOf(presets);
        this.controller = trainer;
        this.tasks = tasks;
        controller.onFailure(e -> FailureLog.record("the trainer", e));
        preset.set(initial);
        preset.addListener((obs, old, spec) -> {
            if (spec != null && spec != old && !restoring) {
                String kept = keepRuns();
                controller.load(spec);
                focusedRun.set(showcaseRun(spec));
                message.set(kept);
            }
        });
        speedPosition.addListener((obs, old, pos) -> controller.setSpeed(Speed.stepsPerSecond(pos.doubleValue())));
        focusedRun.addListener((obs, old, run) -> {
            ControllerStatus s = status.get();
            if (s != null && run.intValue() < s.runs().size() && !stepSizeAdjusting.get()) {
                stepSize.set(s.runs().get(run.intValue()).stepSize());
            }
        });
        focusedRun.set(showcaseRun(initial));
        stepSize.set(initial.runs().get(focusedRun.get()).schedule().stepSize());
    }

    public List<ExperimentSpec> presets() {
        return presets;
    }

    /** The trainer: what the window commands and reads its runs from. */
    public Trainer controller() {
        return controller;
    }

    /** Where the window's background work runs, and how its results come back to the JavaFX thread. */
    @Override
    public TaskExecutor tasks() {
        return tasks;
    }

    /** Toggles play and pause. */
    public void togglePlay() {
        if (status.get() != null && status.get().playing()) {
            pause();
        } else {
            play();
        }
    }

    @Override
    public void play() {
        controller.play();
        playing.set(true);
        if (REWOUND.equals(message.get())) {
            message.set("");
        }
    }

    public void pause() {
        controller.pause();
        playing.set(false);
    }

    /** One step of every run, pausing first. */
    public void stepOnce() {
        controller.stepOnce();
        playing.set(false);
    }

    /** Restarts every run of the current preset from its initialization (the runs left are kept). */
    public void reset() {
        String kept = keepRuns();
        controller.reset();
        playing.set(false);
        message.set(kept);
    }

    /**
     * Keeps the current runs, if they have trained, before something replaces them (another preset, a
     * reset, a recording): {@link #restoreKept()} brings them back. The state is captured on the
     * trainer thread before any command posted after this call. Returns the line that tells the user
     * so, empty when nothing was kept.
     */
    public String keepRuns() {
        ControllerStatus s = status.get();
        if (s == null || s.generation() != controller.session().generation()
                || s.runs().stream().allMatch(r -> r.iteration() == 0)) {
            return "";
        }
        kept = controller.query(Sessions::capture);
        keptName = controller.session().spec().name() + " at step " + Format.count(s.minimumIteration());
        return "Runs kept (" + keptName + "): press U to go back.";
    }

    /** Brings back the runs kept last by {@link #keepRuns()}, paused, keeping the ones it replaces. */
    public void restoreKept() {
        if (kept == null) {
            message.set("Nothing to go back to: runs are kept when a preset, reset or recording replaces them.");
            return;
        }
        if (!kept.isDone()) {
            // the trainer captures between its time slices; never wait for it on the JavaFX thread
            message.set("Still keeping " + keptName + ": press U again in a moment.");
            return;
        }
        ExperimentSession back;
        try {
            back = kept.get();
        } catch (ExecutionException e) {
            message.set("Cannot go back to " + keptName + ": " + e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        String name = keptName;
        String keptNow = keepRuns();
        if (keptNow.isEmpty()) {
            kept = null;
        }
        openRestored(back.spec(), Sessions.restorer(back));
        message.set("Back to " + name + "." + (keptNow.isEmpty() ? "" : " " + keptNow));
    }

    /** Bookmarks the exact state of every run, to come back to with {@link #jumpToBookmark()}. */
    public void bookmark() {
        controller.bookmark();
        ControllerStatus s = status.get();
        message.set("Bookmarked" + (s == null ? "" : " at iteration " + Format.count(s.runs().get(0).iteration()))
                + ". Press J to jump back.");
    }

    /** Returns every run to the bookmark, paused; says so when there is none for this preset. */
    public void jumpToBookmark() {
        var b = controller.lastBookmark();
        if (b == null || !b.spec().equals(preset.get())) {
            message.set("No bookmark for this preset yet: press B to take one.");
            return;
        }
        controller.jumpToBookmark();
        playing.set(false);
        message.set("Back at the bookmark, iteration " + Format.count(b.iteration()) + ".");
    }

    /**
     * Turns the focused run into side A of an A/B comparison with a contrasting step size (side B), on the
     * same data, initialization and minibatches, and plays both from the start.
     */
    public void compare() {
        ExperimentSpec current = preset.get();
        int focus = Math.min(focusedRun.get(), current.runs().size() - 1);
        preset.set(CompareSpec.of(current, focus));
        play();
    }

    /**
     * Pauses and rewinds every diverged run to its last good checkpoint, so that the user can lower
     * the step size before it goes on; the message about it goes when play resumes.
     */
    public void rewindDiverged() {
        pause();
        ControllerStatus s = status.get();
        for (int i = 0; s != null && i < s.runs().size(); i++) {
            if (s.runs().get(i).divergence() != null) {
                controller.rewind(i);
            }
        }
        message.set(REWOUND);
    }

    /**
     * Applies a step size chosen with the slider: to the focused run, or to every run with the same
     * factor (so runs with different schedules keep their ratios).
     */
    public void applyStepSize(double eta) {
        if (!(eta > 0) || !Double.isFinite(eta)) {
            message.set("step size: must be a finite number > 0, got " + eta);
            return;
        }
        if (controller.session() == null) {
            return;
        }
        int focus = focusedRunOfThePreset();
        if (stepSizeForAllRuns.get()) {
            controller.setStepSizeKeepingRatios(focus, eta);
        } else {
            controller.setStepSize(focus, eta);
        }
    }

    /** Sets the focused run's step size only, whatever "all runs" says (a jump to a fraction of its edge). */
    public void applyStepSizeToFocusedRun(double eta) {
        if (!(eta > 0) || !Double.isFinite(eta) || controller.session() == null) {
            return;
        }
        controller.setStepSize(focusedRunOfThePreset(), eta);
    }

    /**
     * The focused run, within the runs of the preset shown: the trainer applies a command after the
     * preset queued before it, so the session it still shows, just after a switch, is the wrong bound.
     */
    private int focusedRunOfThePreset() {
        return Math.min(focusedRun.get(), preset.get().runs().size() - 1);
    }

    /**
     * Changes one parameter of the current experiment and restarts it; an invalid value leaves the
     * experiment untouched, sets {@link #messageProperty()} and returns false.
     */
    public boolean applyParameter(Parameter parameter, double value) {
        try {
            preset.set(parameter.apply(preset.get(), value));
            return true;
        } catch (IllegalArgumentException invalid) {
            message.set(invalid.getMessage());
            return false;
        }
    }

    /**
     * Shows {@code spec} and has the trainer switch to it with its runs restored by {@code restorer}
     * (a saved session, checked beforehand), paused.
     */
    public void openRestored(ExperimentSpec spec,
                             Consumer<ExperimentController.Session> restorer) {
        restoring = true;
        try {
            preset.set(spec);
        } finally {
            restoring = false;
        }
        controller.loadRestored(spec, restorer);
        focusedRun.set(showcaseRun(spec));
        playing.set(false);
    }

    /**
     * The run a preset opens focused on: the stochastic run with the largest step size (the last of
     * equals, which in the paper's presets has the longest large-step phase), so that the slider, the
     * valley's cross-section and the bounce plot show SGD bouncing; the first run if all are full-batch.
     */
    static int showcaseRun(ExperimentSpec spec) {
        int best = 0;
        double largest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < spec.runs().size(); i++) {
            var run = spec.runs().get(i);
            if (!run.optimizer().fullBatch() && run.schedule().stepSize() >= largest) {
                best = i;
                largest = run.schedule().stepSize();
            }
        }
        return best;
    }

    /** Pulls the trainer's status; called once per frame on the UI thread. */
    public void refresh() {
        String failure = controller.takeFailure();
        if (failure != null) {
            message.set(failure);
        }
        ControllerStatus s = controller.status();
        if (s == null || s.generation() < generation) {
            return;
        }
        generation = s.generation();
        status.set(s);
        // the trainer keeps its play flag when every run has finished; the window offers Play again
        playing.set(s.playing() && !s.allStopped());
        RunStatus focus = s.runs().get(Math.min(focusedRun.get(), s.runs().size() - 1));
        if (!stepSizeAdjusting.get()) {
            stepSize.set(focus.stepSize());
        }
        boolean anyDiverged = s.runs().stream().anyMatch(r -> r.divergence() != null);
        diverged.set(anyDiverged);
        statusText.set(describe(s, focus, lastTestLoss(), Double.isInfinite(Speed.stepsPerSecond(speedPosition.get()))));
    }

    private double lastTestLoss() {
        var session = controller.session();
        if (session == null || focusedRun.get() >= session.size()) {
            return Double.NaN;
        }
        var test = session.history(focusedRun.get()).series("test_loss");
        return test == null ? Double.NaN : test.lastValue();
    }

    /**
     * The status line. The speed shows once: the Speed control states a limited speed, so the line
     * gives the measured rate only at full speed, per run like the control.
     */
    private static String describe(ControllerStatus s, RunStatus focus, double testLoss, boolean fullSpeed) {
        long going = s.runs().stream().filter(r -> !r.finished() && r.divergence() == null).count();
        String activity = s.allStopped() ? "finished" : !s.playing() ? "paused"
                : fullSpeed ? Format.count(s.stepsPerSecond() / Math.max(1, going)) + " steps/s per run" : "playing";
        String base = String.format("%s: iteration %s / %s   |   %s   |   step size %s   |   train loss %s%s",
                focus.label(), Format.count(focus.iteration()), Format.count(focus.totalSteps()), activity,
                Format.value(focus.stepSize()), Format.value(focus.trainLoss()),
                Double.isNaN(testLoss) ? "" : "   |   test loss " + Format.value(testLoss));
        return s.runs().stream().filter(r -> r.divergence() != null).findFirst()
                .map(r -> r.label() + ": " + r.divergence().explain()).orElse(base);
    }

    @Override
    public ObjectProperty<ExperimentSpec> presetProperty() {
        return preset;
    }

    public ReadOnlyObjectProperty<ControllerStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty divergedProperty() {
        return diverged.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** A message for the user (validation errors, hints), empty when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Shows a message for the user (an export saved, a hint). */
    public void showMessage(String text) {
        message.set(text);
    }

    public DoubleProperty speedPositionProperty() {
        return speedPosition;
    }

    /** The step size shown on the slider: the focused run's, unless the user is dragging it. */
    public DoubleProperty stepSizeProperty() {
        return stepSize;
    }

    /** True while the user drags the step-size slider. */
    public BooleanProperty stepSizeAdjustingProperty() {
        return stepSizeAdjusting;
    }

    public BooleanProperty stepSizeForAllRunsProperty() {
        return stepSizeForAllRuns;
    }

    @Override
    public IntegerProperty focusedRunProperty() {
        return focusedRun;
    }

    public BooleanProperty logIterationAxisProperty() {
        return logIterationAxis;
    }

    @Override
    public void close() {
        controller.close();
        tasks.close();
    }
}
