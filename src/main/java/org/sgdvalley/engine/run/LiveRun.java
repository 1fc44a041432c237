package org.sgdvalley.engine.run;

import java.util.List;

/**
 * A run being trained live: it steps the {@link Run}, records the training loss and step size into
 * its {@link RunHistory} at the live cadence, and the experiment's metrics at a cadence chosen so
 * that measuring takes at most about a quarter of the training time.
 */
final class LiveRun {
    private static final int BUFFER = 1024;
    private static final double METRIC_TIME_SHARE = 0.25;
    /** Whatever the cost, a run gets at least this many metric points over its planned length. */
    private static final long MIN_METRIC_POINTS = 250;

    private final Experiment experiment;
    private final Run run;
    private final RunHistory history;
    private final List<String> columns;
    private final long[] lossX = new long[BUFFER];
    private final double[] lossY = new double[BUFFER];
    private int buffered;
    private double lastStepSize = Double.NaN;
    private double lastTrainLoss = Double.NaN;
    private long nextMetricAt;
    private long metricEvery = 1;
    private double stepNanos = 1000;

    LiveRun(Experiment experiment, Run run) {
        this.experiment = experiment;
        this.run = run;
        this.columns = experiment.metrics().columns();
        this.history = new RunHistory(columns);
        recordTrainLoss();
        flush();
        recordStepSize();
        recordMetrics();
        // the first evaluation may include loading native libraries: it says nothing of the cost
        metricEvery = 1;
        nextMetricAt = 1;
    }

    Run run() {
        return run;
    }

    RunHistory history() {
        return history;
    }

    boolean active() {
        return !run.finished() && run.divergence() == null;
    }

    /**
     * Takes up to {@code steps} steps, evaluating the training loss every {@code trainEvery} steps;
     * returns the number taken.
     */
    long advance(long steps, long trainEvery) {
        long start = System.nanoTime();
        long taken = 0;
        while (taken < steps && active()) {
            run.step();
            taken++;
            if (run.stepSize() != lastStepSize) {
                recordStepSize();
            }
            if (run.iteration() % trainEvery == 0 || run.divergence() != null || run.finished()) {
                recordTrainLoss();
            }
            if (run.iteration() >= nextMetricAt || run.finished()) {
                recordMetrics();
            }
        }
        if (taken > 0) {
            history.series(RunHistory.STEP_SIZE).append(run.iteration(), lastStepSize);
            stepNanos = 0.8 * stepNanos + 0.2 * (System.nanoTime() - start) / (double) taken;
        }
        flush();
        return taken;
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

    private void recordMetrics() {
        if (columns.isEmpty()) {
            nextMetricAt = Long.MAX_VALUE;
            return;
        }
        long start = System.nanoTime();
        double[] values = experiment.evaluate(run);
        for (int i = 0; i < values.length; i++) {
            history.series(columns.get(i)).append(run.iteration(), values[i]);
        }
        double metricNanos = System.nanoTime() - start;
        long affordable = (long) Math.ceil(metricNanos / (METRIC_TIME_SHARE * stepNanos));
        long required = Math.max(1, run.schedule().totalSteps() / MIN_METRIC_POINTS);
        metricEvery = Math.max(1, Math.min(affordable, required));
        nextMetricAt = run.iteration() + metricEvery;
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
        nextMetricAt = run.iteration();
        recordTrainLoss();
        flush();
        recordStepSize();
    }

    /** Puts the run into a saved state and replaces its history with the saved series. */
    void restore(RunState state, Divergence divergence, java.util.Map<String, double[][]> series) {
        run.restore(state);
        if (divergence != null) {
            run.markDiverged(divergence);
        }
        buffered = 0;
        history.truncateAfter(-1);
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
        nextMetricAt = run.iteration() + 1;
    }

    RunStatus status() {
        return new RunStatus(run.label(), run.iteration(), run.schedule().totalSteps(), run.stepSize(), lastTrainLoss,
                run.finished(), run.divergence(), run.params().clone());
    }
}
