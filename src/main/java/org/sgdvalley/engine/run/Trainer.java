package org.sgdvalley.engine.run;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the window asks of the trainer: it commands an experiment's runs (play, pause, step sizes,
 * rewinds, switching experiments) from any thread and reads back the histories and a status, which
 * it pulls once per frame. The trainer never calls into the window. {@link ExperimentController} is
 * the real one.
 */
public interface Trainer extends AutoCloseable {

    /** The experiment and histories being trained now (null until the first is built). */
    ExperimentController.Session session();

    /** The last published status (null until the first experiment is built). */
    ControllerStatus status();

    /** Starts or resumes training. */
    void play();

    /** Pauses training. */
    void pause();

    /** Pauses and advances every run by one step. */
    void stepOnce();

    /** Steps per second per run; {@link ExperimentController#FULL_SPEED} for no limit. */
    void setSpeed(double stepsPerSecond);

    /** Sets run {@code index}'s step size from its next step on. */
    void setStepSize(int index, double stepSize);

    /** Multiplies every active run's step size by {@code factor} from its next step on. */
    void scaleStepSizes(double factor);

    /** Sets run {@code index}'s step size and moves every other active run's by the same factor. */
    void setStepSizeKeepingRatios(int index, double stepSize);

    /** Pauses and trains every active run until it has done {@code iteration} steps (or stops). */
    void advanceTo(long iteration);

    /** Remembers the exact state of every run, to return to with {@link #jumpToBookmark()}. */
    void bookmark();

    /** The last bookmark taken, or null. */
    Bookmark lastBookmark();

    /** Pauses and returns every run to the bookmark, if it was taken on this experiment. */
    void jumpToBookmark();

    /** Rewinds run {@code index} to its last good checkpoint. */
    void rewind(int index);

    /** Restarts every run from its initialization, paused. */
    void reset();

    /** Switches to another experiment, paused. */
    void load(ExperimentSpec spec);

    /** Switches to {@code spec}, paused, with its runs put back into a saved state by {@code restorer}. */
    void loadRestored(ExperimentSpec spec, Consumer<ExperimentController.Session> restorer);

    /** Runs {@code query} where the runs are consistent (between two slices of training). */
    <T> CompletableFuture<T> query(Function<ExperimentController.Session, T> query);

    /** Sets what turns a failure of the trainer into a one-line report. */
    void onFailure(Function<Throwable, String> handler);

    /** The report of the last failure not yet taken (taking it clears it), or null. */
    String takeFailure();

    /** Whether the trainer still takes commands. */
    boolean isAlive();

    /** Stops training for good. */
    @Override
    void close();
}
