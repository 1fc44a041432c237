package org.sgdvalley.engine.run;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * A run being trained live: it steps the {@link Run}, records the training loss and step size into
 * its {@link RunHistory} at the live cadence, and the experiment's metrics at a cadence chosen so
 * that measuring takes at most about a quarter of the training time.
 */
final class LiveRun {
    private static final int BUFFER = 1024;
    /** Steps between two looks at whether the trainer should yield (a power of two). */
    private static final long YIELD_EVERY = 256;

    private final Experiment experiment;
    private final Run run;
    private final RunHistory history;
    private final List<String> columns;
    private final Trajectory trajectory;
    private final long[] lossX = new long[BUFFER];
    private final double[] lossY = new double[BUFFER];
    private int buffered;
    private double lastStepSize = Double.NaN;
    private double lastTrainLoss = Double.NaN;
    private final double[] row;
    private final MetricCadence cheap;
    private final MetricCadence expensive;
    private double stepNanos = 1000;
    private long metricNanosInAdvance;

    LiveRun(Experiment experiment, Run run) {
        this.experiment = experiment;
        this.run = run;
        this.columns = experiment.metrics().columns();
        this.history = new RunHistory(columns);
        this.row = new double[columns.size()];
        long total = run.schedule().totalSteps();
        this.cheap = new MetricCadence(total, 250);
        this.expensive = new MetricCadence(total, experiment.metrics().hasExpensive() ? 60 : 0);
        this.trajectory = new Trajectory(run.params().length);
        trajectory.record(run.iteration(), run.params());
        trajectory.recordRecent(run.iteration(), run.params());
        recordTrainLoss();
        flush();
        recordStepSize();
        recordMetrics(cheap, false);
        recordMetrics(expensive, true);
        // the first evaluation may include loading native libraries: it says nothing of the cost
        cheap.restartAt(1);
        expensive.restartAt(1);
    }

    Run run() {
        return run;
    }

    RunHistory history() {
        return history;
    }

    Trajectory trajectory() {
        return trajectory;
    }

    boolean active() {
        return !run.finished() && run.divergence() == null;
    }

    /**
     * Takes up to {@code steps} steps, evaluating the training loss every {@code trainEvery} steps,
     * and stops early once {@code yield} says so (checked every few hundred steps); returns the number
     * taken. Steps between two things to record (a training-loss point, a metric, a step-size change,
     * an iterate of the path) go through {@link Run#advance} in one piece: the same steps, bit for bit,
     * several times faster than one {@link Run#step()} each.
     */
    long advance(long steps, long trainEvery, BooleanSupplier yield) {
        long start = System.nanoTime();
        long taken = 0;
        while (taken < steps && active() && (taken == 0 || (taken & (YIELD_EVERY - 1)) != 0 || !yield.getAsBoolean())) {
            long piece = stepsToNextRecord(steps - taken, taken, trainEvery);
            if (piece == 1) {
                run.step();
                taken++;
            } else {
                taken += run.advance(piece);
            }
            record(steps - taken, trainEvery);
        }
        if (taken > 0) {
            history.series(RunHistory.STEP_SIZE).extend(run.iteration(), lastStepSize);
            double stepping = System.nanoTime() - start - metricNanosInAdvance;
            stepNanos = 0.8 * stepNanos + 0.2 * Math.max(1, stepping) / taken;
        }
        metricNanosInAdvance = 0;
        flush();
        return taken;
    }

    /**
     * How many steps can go in one piece: up to the next step after which something is recorded, and
     * one at a time through the last {@value Trajectory#RECENT} of the slice (each is recorded).
     */
    private long stepsToNextRecord(long left, long taken, long trainEvery) {
        if (run.stepSize() != lastStepSize) {
            return 1; // a step size set since the last step: its jump is recorded after one step
        }
        long t = run.iteration();
        long piece = Math.min(left - Trajectory.RECENT + 1, YIELD_EVERY - (taken & (YIELD_EVERY - 1)));
        piece = Math.min(piece, trainEvery - t % trainEvery);
        piece = Math.min(piece, Math.min(cheap.stepsUntilDue(t), expensive.stepsUntilDue(t)));
        piece = Math.min(piece, trajectory.nextWanted(t) - t);
        piece = Math.min(piece, run.schedule().constantUntil(t) - t);
        piece = Math.min(piece, run.schedule().totalSteps() - t);
        return Math.max(1, piece);
    }

    /** What a step just taken leaves behind: path, step size, training loss and metrics when due. */
    private void record(long stepsLeft, long trainEvery) {
        recordPath(stepsLeft);
        if (run.stepSize() != lastStepSize) {
            recordStepSize();
        }
        if (run.iteration() % trainEvery == 0 || run.divergence() != null || run.finished()) {
            recordTrainLoss();
        }
        if (cheap.due(run.iteration()) || run.finished()) {
            recordMetrics(cheap, false);
        }
        if (expensive.due(run.iteration()) || run.finished()) {
            recordMetrics(expensive, true);
        }
    }

    /** Thinned path, and every iterate among the last few of a slice (those the UI sees as recent). */
    private void recordPath(long stepsLeft) {
        if (trajectory.wants(run.iteration())) {
            trajectory.record(run.iteration(), run.params());
        }
        if (stepsLeft < Trajectory.RECENT || !active()) {
            trajectory.recordRecent(run.iteration(), run.params());
        }
    }

    private void recordTrainLoss() {
        double loss = run.model().loss(run.params(), run.data().xTrain(), run.data().yTrain());
        run.checkTrainLoss(loss);
        lastTrainLoss = loss;
        lossX[buffered] = run.iteration();
        lossY[buffered] = loss;
        if (++buffered == BUFFER) {
            flush();
        }
    }

    /** Records a change as a vertical jump: the old value and the new one at the same iteration. */
    private void recordStepSize() {
        SeriesHistory series = history.series(RunHistory.STEP_SIZE);
        if (!Double.isNaN(lastStepSize)) {
            series.append(run.iteration(), lastStepSize);
        }
        lastStepSize = run.stepSize();
        series.append(run.iteration(), lastStepSize);
    }

    private void recordMetrics(MetricCadence cadence, boolean costly) {
        if (cadence.never()) {
            return;
        }
        long start = System.nanoTime();
        int[] written = experiment.evaluate(run, costly, row);
        for (int column : written) {
            history.series(columns.get(column)).append(run.iteration(), row[column]);
        }
        long nanos = System.nanoTime() - start;
        metricNanosInAdvance += nanos;
        cadence.measured(run.iteration(), written.length == 0 ? -1 : nanos, stepNanos);
    }

    private void flush() {
        history.series(RunHistory.TRAIN_LOSS).append(lossX, lossY, buffered);
        buffered = 0;
    }

    /** Rewinds to the last good checkpoint and forgets the history after it. */
    void rewind() {
        flush();
        run.rewind();
        history.truncateAfter(run.iteration());
        trajectory.truncateAfter(run.iteration());
        cheap.restartAt(run.iteration());
        expensive.restartAt(run.iteration());
        recordTrainLoss();
        flush();
        recordStepSize();
    }

    /** Continues from a saved state (a bookmark) and forgets the history after it. */
    void restore(RunState state) {
        flush();
        run.restore(state);
        history.truncateAfter(run.iteration());
        trajectory.truncateAfter(run.iteration());
        cheap.restartAt(run.iteration());
        expensive.restartAt(run.iteration());
        lastStepSize = Double.NaN;
        recordTrainLoss();
        flush();
        recordStepSize();
    }

    /** Puts the run into a saved state and replaces its history with the saved series. */
    void restore(RunState state, Divergence divergence, Map<String, double[][]> series) {
        run.restore(state);
        if (divergence != null) {
            run.markDiverged(divergence);
        }
        buffered = 0;
        history.truncateAfter(-1);
        trajectory.truncateAfter(-1);
        trajectory.record(run.iteration(), run.params());
        for (String name : history.names()) {
            double[][] points = series.get(name);
            if (points == null) {
                continue;
            }
            SeriesHistory target = history.series(name);
            for (int i = 0; i < points[0].length; i++) {
                target.append((long) points[0][i], points[1][i]);
            }
        }
        lastStepSize = run.stepSize();
        lastTrainLoss = run.model().loss(run.params(), run.data().xTrain(), run.data().yTrain());
        cheap.restartAt(run.iteration() + 1);
        expensive.restartAt(run.iteration() + 1);
    }

    RunStatus status() {
        return new RunStatus(run.label(), run.iteration(), run.schedule().totalSteps(), run.stepSize(), lastTrainLoss,
                run.finished(), run.divergence(), run.params().clone());
    }
}
