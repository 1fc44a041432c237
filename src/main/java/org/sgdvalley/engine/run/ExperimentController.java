package org.sgdvalley.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sgdvalley.engine.metric.MetricSet;

/**
 * Trains an experiment's runs on one background thread and takes commands from any thread.
 *
 * <p>Commands (play, pause, single step, speed, step-size changes, rewind, reset, switching the
 * experiment) are queued and applied between time slices of a few milliseconds, so a slider move
 * takes effect at the next step of every run, within one frame. The trainer never calls into the UI:
 * it writes {@link RunHistory} series and publishes a {@link ControllerStatus} that the UI reads once
 * per frame. Trajectories do not depend on speed, slicing or pauses. Tests that must not wait drive
 * one on their own thread instead ({@link #onCallerThread}).
 */
public final class ExperimentController implements Trainer {
    /** Speed value meaning "as fast as the machine goes". */
    public static final double FULL_SPEED = Double.POSITIVE_INFINITY;
    private static final long SLICE_NANOS = 4_000_000;
    private static final double SLOW_SPEED = 2000;
    private static final long ROUND = 1024;
    private static final long ADVANCE_PIECE = 1024;

    private final ConcurrentLinkedQueue<Consumer<ExperimentController>> commands = new ConcurrentLinkedQueue<>();
    private final Thread trainer;
    private volatile Session session;
    private volatile ControllerStatus status;
    private volatile boolean closed;
    private volatile Function<Throwable, String> failureHandler = Throwable::toString;
    private final AtomicReference<String> failure = new AtomicReference<>();
    private boolean playing;
    private long pendingSteps;
    private double speed = FULL_SPEED;
    private double stepCredit;
    private long generation;
    private long statusStepsMark;
    private long statusTimeMark = System.nanoTime();
    private double stepsPerSecond;
    private long advanceTarget = -1;
    private volatile Bookmark bookmark;
    private long sliceDeadline;

    /**
     * Starts the trainer thread, paused, and has it build the experiment: drawing data and the first
     * metrics (an SVD may load ND4J) never happen on the caller's thread, which may be the UI's.
     */
    public ExperimentController(ExperimentSpec spec) {
        this(spec, true);
    }

    private ExperimentController(ExperimentSpec spec, boolean ownThread) {
        this.trainer = ownThread ? new Thread(this::trainLoop, "sgd-trainer") : null;
        commands.add(c -> c.switchTo(spec));
        if (ownThread) {
            trainer.setDaemon(true);
            trainer.start();
        } else {
            settle();
        }
    }

    /**
     * A trainer without a thread of its own, for tests that must not wait: every command takes effect
     * on the caller's thread before it returns (single steps and {@link #advanceTo} included), and
     * playing trains only when the caller runs {@link #trainSliceOnCallerThread()}.
     */
    public static ExperimentController onCallerThread(ExperimentSpec spec) {
        return new ExperimentController(spec, false);
    }

    /** One time slice of play (a few milliseconds at full speed) on the caller's thread; see {@link #onCallerThread}. */
    public void trainSliceOnCallerThread() {
        if (trainer != null) {
            throw new IllegalStateException("this trainer trains on its own thread");
        }
        turn(0.1);
    }

    /** The experiment and histories being trained now (null until the first is built). */
    @Override
    public Session session() {
        return session;
    }

    /** The last published status (null until the first experiment is built). */
    @Override
    public ControllerStatus status() {
        return status;
    }

    /** Starts or resumes training. */
    @Override
    public void play() {
        post(c -> c.playing = true);
    }

    /** Pauses training after the current slice. */
    @Override
    public void pause() {
        post(c -> c.playing = false);
    }

    /** While paused, advances every run by one step. */
    @Override
    public void stepOnce() {
        post(c -> {
            c.playing = false;
            c.pendingSteps++;
        });
    }

    /** Steps per second per run; {@link #FULL_SPEED} for no limit. */
    @Override
    public void setSpeed(double stepsPerSecond) {
        if (!(stepsPerSecond > 0)) {
            throw new IllegalArgumentException("speed must be > 0 steps per second, got " + stepsPerSecond);
        }
        post(c -> {
            c.speed = stepsPerSecond;
            c.stepCredit = 0;
        });
    }

    /** Sets run {@code index}'s step size from its next step on. */
    @Override
    public void setStepSize(int index, double stepSize) {
        post(c -> c.session.runs.get(index).run().setStepSize(stepSize));
    }

    /** Multiplies every active run's step size by {@code factor} from its next step on. */
    @Override
    public void scaleStepSizes(double factor) {
        post(c -> c.session.runs.stream().filter(LiveRun::active).forEach(r -> r.run().multiplyStepSize(factor)));
    }

    /**
     * Sets run {@code index}'s step size to {@code stepSize} and moves every other active run's step
     * size by the same factor, computed on the trainer thread against the values in force.
     */
    @Override
    public void setStepSizeKeepingRatios(int index, double stepSize) {
        post(c -> {
            double factor = stepSize / c.session.runs.get(index).run().stepSize();
            c.session.runs.get(index).run().setStepSize(stepSize);
            for (int i = 0; i < c.session.runs.size(); i++) {
                if (i != index && c.session.runs.get(i).active()) {
                    c.session.runs.get(i).run().multiplyStepSize(factor);
                }
            }
        });
    }

    /**
     * Pauses and trains every active run until it has done {@code iteration} steps (or stops), at full
     * speed and without overshooting: for frames of an animation taken at chosen iterations.
     */
    @Override
    public void advanceTo(long iteration) {
        post(c -> {
            c.playing = false;
            c.pendingSteps = 0;
            c.advanceTarget = iteration;
        });
    }

    /** Remembers the exact state of every run ({@link Run#state()}), to return to with {@link #jumpToBookmark()}. */
    @Override
    public void bookmark() {
        post(c -> c.bookmark = new Bookmark(c.session.spec,
                c.session.runs.stream().map(r -> r.run().state()).toList(),
                c.session.runs.get(0).run().iteration()));
    }

    /** The last bookmark taken (set on the trainer thread shortly after {@link #bookmark()}), or null. */
    @Override
    public Bookmark lastBookmark() {
        return bookmark;
    }

    /**
     * Pauses and returns every run to the bookmarked state, forgetting the history after it. Works after
     * a reset too; does nothing when the bookmark was taken on another experiment.
     */
    @Override
    public void jumpToBookmark() {
        post(c -> {
            Bookmark b = c.bookmark;
            if (b == null || !b.spec().equals(c.session.spec)) {
                return;
            }
            c.playing = false;
            c.pendingSteps = 0;
            c.advanceTarget = -1;
            for (int i = 0; i < b.states().size(); i++) {
                c.session.runs.get(i).restore(b.states().get(i));
            }
        });
    }

    /** Rewinds a diverged (or any) run to its last good checkpoint. */
    @Override
    public void rewind(int index) {
        post(c -> c.session.runs.get(index).rewind());
    }

    /** Restarts every run from its initialization, paused. */
    @Override
    public void reset() {
        post(c -> c.switchTo(c.session.spec));
    }

    /** Switches to another experiment, paused. */
    @Override
    public void load(ExperimentSpec spec) {
        post(c -> c.switchTo(spec));
    }

    /**
     * Switches to {@code spec}, paused, with its runs put back into a saved state by {@code restorer}
     * (run on the trainer thread, on the new session before anyone sees it): if the restorer fails,
     * the current session stays as it was and the failure is reported.
     */
    @Override
    public void loadRestored(ExperimentSpec spec, Consumer<Session> restorer) {
        post(c -> {
            Session restored = new Session(spec, c.session == null ? 0 : c.generation + 1);
            restorer.accept(restored);
            c.generation = restored.generation;
            c.playing = false;
            c.pendingSteps = 0;
            c.session = restored;
        });
    }

    /**
     * Runs {@code query} on the trainer thread between two slices, where the runs are consistent,
     * and completes the future with its result (or its failure).
     */
    @Override
    public <T> CompletableFuture<T> query(Function<Session, T> query) {
        CompletableFuture<T> result = new CompletableFuture<>();
        post(c -> {
            try {
                result.complete(query.apply(c.session));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private void switchTo(ExperimentSpec spec) {
        playing = false;
        pendingSteps = 0;
        advanceTarget = -1;
        session = new Session(spec, session == null ? 0 : ++generation);
    }

    private void post(Consumer<ExperimentController> command) {
        commands.add(command);
        if (trainer == null) {
            settle();
        } else {
            LockSupport.unpark(trainer);
        }
    }

    /** Without a thread: applies the commands and does the steps they ask for, but does not play. */
    private void settle() {
        applyCommands();
        while (pendingSteps > 0 || advanceTarget >= 0 && session != null) {
            turn(0);
        }
        publishStatus();
    }

    /**
     * Sets what turns a failure of the trainer thread (a bug, a model that throws, memory running out)
     * into a one-line report, e.g. by logging it; the trainer then pauses and goes on taking commands.
     */
    @Override
    public void onFailure(Function<Throwable, String> handler) {
        failureHandler = Objects.requireNonNull(handler);
    }

    /**
     * The report of the last trainer failure not yet taken, else the next notice of a metric that reads
     * NaN because a native routine is missing on this platform (see {@link MetricSet}), or null; taking
     * it clears it.
     */
    @Override
    public String takeFailure() {
        String report = failure.getAndSet(null);
        return report != null ? report : MetricSet.takeUnavailableNotice();
    }

    private void trainLoop() {
        while (!closed) {
            try {
                trainUntilClosed();
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError e) {
                playing = false;
                pendingSteps = 0;
                failure.set(report(e));
            }
        }
    }

    private String report(Throwable e) {
        try {
            return failureHandler.apply(e);
        } catch (RuntimeException handlerFailed) {
            return String.valueOf(e);
        }
    }

    private void trainUntilClosed() {
        long lastSlice = System.nanoTime();
        while (!closed) {
            long now = System.nanoTime();
            double elapsed = (now - lastSlice) / 1e9;
            lastSlice = now;
            if (!turn(elapsed)) {
                LockSupport.parkNanos(20_000_000);
            }
        }
    }

    /**
     * One turn of training: the queued commands, then a single step, a piece of an advance or a time
     * slice of play, whichever is due, then the status. Returns false when there was nothing to do.
     */
    private boolean turn(double elapsedSeconds) {
        applyCommands();
        boolean worked = true;
        if (pendingSteps > 0) {
            stepEveryRun();
            pendingSteps--;
        } else if (advanceTarget >= 0 && session != null) {
            advanceTowardsTarget();
        } else if (playing && session != null && session.anyActive()) {
            trainSlice(elapsedSeconds);
        } else {
            worked = false;
        }
        publishStatus();
        return worked;
    }

    private void applyCommands() {
        Consumer<ExperimentController> command;
        while ((command = commands.poll()) != null) {
            try {
                command.accept(this);
            } catch (RuntimeException rejected) {
                // an invalid command is dropped (callers validate before posting, so this is a fault:
                // building an experiment that fails, say) and reported; the current run is untouched
                failure.set(report(rejected));
            }
        }
    }

    private void trainSlice(double elapsedSeconds) {
        if (Double.isInfinite(speed)) {
            fullSpeedSlice();
            return;
        }
        stepCredit = Math.min(stepCredit + speed * Math.min(elapsedSeconds, 0.1), Math.max(1, speed * 0.1));
        long steps = (long) stepCredit;
        if (steps > 0) {
            stepCredit -= steps;
            advanceAll(steps, speed <= SLOW_SPEED ? 1 : session.trainEvery);
        } else {
            LockSupport.parkNanos((long) Math.min(16e6, (1 - stepCredit) / speed * 1e9));
        }
    }

    private void advanceTowardsTarget() {
        boolean moved = false;
        for (LiveRun run : session.runs) {
            long missing = advanceTarget - run.run().iteration();
            if (missing > 0 && run.active()) {
                // short pieces, as in live play: each one ends with a step-size sample in the history
                statusStepsMark -= run.advance(Math.min(missing, ADVANCE_PIECE), session.trainEvery,
                        () -> closed || !commands.isEmpty());
                moved = true;
            }
        }
        if (!moved) {
            advanceTarget = -1;
        }
    }

    /** Full speed: rounds of at most {@link #ROUND} steps until the slice is over. */
    private void fullSpeedSlice() {
        sliceDeadline = System.nanoTime() + SLICE_NANOS;
        do {
            bringRunsTo(minimumActiveIteration() + ROUND, session.trainEvery);
        } while (!shouldYield() && session.anyActive());
    }

    /** One step of every run, wherever each one is. */
    private void stepEveryRun() {
        if (session == null) {
            return;
        }
        for (LiveRun run : session.runs) {
            statusStepsMark -= run.advance(1, 1, () -> false);
        }
    }

    /** At a limited speed: the runs move on by {@code steps} together. */
    private void advanceAll(long steps, long trainEvery) {
        if (session == null) {
            return;
        }
        sliceDeadline = System.nanoTime() + SLICE_NANOS;
        bringRunsTo(minimumActiveIteration() + steps, trainEvery);
    }

    /**
     * Advances every run up to iteration {@code target}: the runs move in lockstep, so the plots
     * compare them at the same point of training, and a run that fell behind catches up first.
     */
    private void bringRunsTo(long target, long trainEvery) {
        for (LiveRun run : session.runs) {
            long behind = target - run.run().iteration();
            if (behind > 0) {
                statusStepsMark -= run.advance(behind, trainEvery, this::shouldYield);
            }
        }
    }

    private long minimumActiveIteration() {
        return session.runs.stream().filter(LiveRun::active).mapToLong(r -> r.run().iteration()).min().orElse(0);
    }

    /** Time to look at commands: the slice is over, a command is waiting, or the app is closing. */
    private boolean shouldYield() {
        return closed || !commands.isEmpty() || System.nanoTime() > sliceDeadline;
    }

    private void publishStatus() {
        if (session == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - statusTimeMark > 250_000_000) {
            stepsPerSecond = -statusStepsMark / ((now - statusTimeMark) / 1e9);
            statusStepsMark = 0;
            statusTimeMark = now;
        }
        List<RunStatus> runs = new ArrayList<>();
        for (LiveRun run : session.runs) {
            runs.add(run.status());
        }
        status = new ControllerStatus(session.generation, playing, stepsPerSecond, List.copyOf(runs));
    }

    /** Whether the trainer thread is still running. */
    @Override
    public boolean isAlive() {
        return trainer == null ? !closed : trainer.isAlive();
    }

    /** Stops the trainer thread, waiting at most a second. */
    @Override
    public void close() {
        closed = true;
        if (trainer == null) {
            return;
        }
        LockSupport.unpark(trainer);
        try {
            trainer.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One experiment being trained, with the live history of each run. */
    public static final class Session {
        private final ExperimentSpec spec;
        private final Experiment experiment;
        private final List<LiveRun> runs;
        private final long generation;
        private final long trainEvery;

        Session(ExperimentSpec spec, long generation) {
            this.spec = spec;
            this.generation = generation;
            this.experiment = new Experiment(spec);
            this.runs = experiment.runs().stream().map(r -> new LiveRun(experiment, r)).toList();
            int batch = spec.runs().isEmpty() ? 1 : Math.max(1, spec.runs().get(0).optimizer().batchSize());
            // at full speed, one full training-loss evaluation costs about n/batch steps
            this.trainEvery = Math.max(1, experiment.data().n() / batch / 2);
        }

        public ExperimentSpec spec() {
            return spec;
        }

        public Experiment experiment() {
            return experiment;
        }

        public long generation() {
            return generation;
        }

        /** The history of run {@code index}. */
        public RunHistory history(int index) {
            return runs.get(index).history();
        }

        /** The recorded path through parameter space of run {@code index}. */
        public Trajectory trajectory(int index) {
            return runs.get(index).trajectory();
        }

        /** Run {@code index} itself; touch it only on the trainer thread (inside {@link #query}). */
        public Run run(int index) {
            return runs.get(index).run();
        }

        /**
         * Puts run {@code index} into a saved state with its saved history (series name to x and y
         * arrays); only on the trainer thread, as {@link #loadRestored} does.
         */
        public void restoreRun(int index, RunState state, Divergence divergence,
                               Map<String, double[][]> series) {
            runs.get(index).restore(state, divergence, series);
        }

        /** Live step-size changes of run {@code index} so far. */
        public List<StepSizeChange> stepSizeChanges(int index) {
            return runs.get(index).run().stepSizeChanges();
        }

        /** Number of runs. */
        public int size() {
            return runs.size();
        }

        boolean anyActive() {
            return runs.stream().anyMatch(LiveRun::active);
        }
    }
}
