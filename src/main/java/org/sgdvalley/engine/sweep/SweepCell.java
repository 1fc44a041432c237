package org.sgdvalley.engine.sweep;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.landscape.Stabilization;
import org.sgdvalley.engine.metric.MetricContext;
import org.sgdvalley.engine.metric.MetricSet;
import org.sgdvalley.engine.run.Evaluation;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.HeadlessRunner;
import org.sgdvalley.engine.run.Run;
import org.sgdvalley.engine.run.RunResult;
import org.sgdvalley.engine.run.RunSpec;

/**
 * One cell of a sweep: the sweep's run with the x and y values of grid point ({@code xIndex},
 * {@code yIndex}) and SGD seed number {@code seed}. {@link #run} is a pure function of this record
 * (serializable with its sweep), so any machine that runs it gets the same row, bit for bit.
 */
public record SweepCell(SweepSpec sweep, int xIndex, int yIndex, int seed) implements Serializable {
    /**
     * Training-loss samples over the large-step phase, for the loss summary: enough for stabilization
     * detection at any decay time, as they are spread over the phase alone. The loss is not sampled
     * after the decay, where the summary does not look: evaluations cost a cell more than its setup.
     */
    public static final int LOSS_SAMPLES = 100;
    private static final String TRAIN_LOSS = "train_loss";
    /** Loss samples after a phase, still at the large step, that are enough to tell whether the loss fell on. */
    private static final int MIN_SAMPLES_AFTER = 5;

    /** The value of the x parameter. */
    public double x() {
        return sweep.x().value(xIndex);
    }

    /** The value of the y parameter. */
    public double y() {
        return sweep.y().value(yIndex);
    }

    /**
     * The experiment this cell runs: the preset with only the sweep's run, its parameters set, its SGD
     * seed advanced by {@code seed}; {@link #run} chooses where the training loss is evaluated.
     */
    public ExperimentSpec spec() {
        return spec(sweep.preset(), sweep.runIndex(), sweep.x().parameter(), x(), sweep.y().parameter(), y(), seed);
    }

    /** The experiment of a cell, from its parts (see {@link #spec()}). */
    static ExperimentSpec spec(ExperimentSpec preset, int run, SweepParameter xParameter, double x,
                               SweepParameter yParameter, double y, int seed) {
        ExperimentSpec set = yParameter.apply(xParameter.apply(preset, run, x), run, y);
        RunSpec runSpec = set.runs().get(run);
        if (seed > 0) {
            if (runSpec.optimizer().fullBatch()) {
                throw new IllegalArgumentException("seeds: \"" + runSpec.label()
                        + "\" is full-batch GD, which draws no minibatches; use one seed");
            }
            runSpec = new RunSpec(runSpec.label(), runSpec.optimizer().withSeed(runSpec.optimizer().seed() + seed),
                    runSpec.schedule());
        }
        return new ExperimentSpec(set.name(), set.title(), set.description(), set.lookFor(), set.model(), set.data(),
                set.iterations(), set.evaluation(), set.metrics(), set.metricOptions(),
                set.initSeed(), List.of(runSpec));
    }

    /** Runs the cell on freshly drawn data. */
    public CellRow run() throws InterruptedException {
        return run(DataSpec::generate, steps -> { });
    }

    /**
     * Runs the cell to its end: the run steps through {@link HeadlessRunner} recording only the
     * training loss, then the preset's metrics are computed once on the final iterate.
     *
     * @param data     draws (or gives a cached draw of) the cell's data
     * @param progress steps done so far in this cell, about every thousand steps
     */
    public CellRow run(Function<DataSpec, Dataset> data, LongConsumer progress) throws InterruptedException {
        ExperimentSpec spec = spec();
        Dataset dataset = data.apply(spec.data());
        Experiment training = new Experiment(spec.withMetrics(List.of(TRAIN_LOSS)), dataset);
        Run run = training.runs().get(0);
        long largeStepEnd = largeStepEnd(run);
        RunResult result = HeadlessRunner.runOnThisThread(training, run,
                lossSamplePoints(largeStepEnd, run.schedule().totalSteps()), progress);
        double[] finals;
        if (result.divergence() == null) {
            MetricSet metrics = new MetricSet(spec.metrics(), run.model());
            finals = metrics.evaluate(new MetricContext(run.model(), dataset, run.params(), run.stepSize(),
                    spec.metricOptions()));
        } else {
            finals = new double[metricColumns(sweep.preset()).size()];
            Arrays.fill(finals, Double.NaN);
        }
        double[] summary = lossSummary(result.evaluations(), largeStepEnd);
        return new CellRow(xIndex, yIndex, seed, x(), y(), run.optimizer().seed(), spec.data().seed(),
                result.steps(), result.divergence() == null ? -1 : result.divergence().iteration(), finals,
                summary[0], summary[1]);
    }

    /** The metric columns a cell's row holds for this preset (some metrics have several columns). */
    public static List<String> metricColumns(ExperimentSpec preset) {
        return new MetricSet(preset.metrics(), preset.model().build(preset.data().d())).columns();
    }

    /**
     * {@value #LOSS_SAMPLES} iterations spread evenly over 0..{@code largeStepEnd}, and the end, where
     * the loss is checked once more for a divergence after the decay.
     */
    static long[] lossSamplePoints(long largeStepEnd, long end) {
        TreeSet<Long> points = new TreeSet<>();
        for (int i = 0; i < LOSS_SAMPLES; i++) {
            points.add(Math.round((double) i * largeStepEnd / (LOSS_SAMPLES - 1)));
        }
        points.add(end);
        return points.stream().mapToLong(Long::longValue).toArray();
    }

    /** The last iteration that still runs at the large step: the first decay, or the end. */
    private static long largeStepEnd(Run run) {
        return Arrays.stream(run.schedule().decayIterations()).min().orElse(run.schedule().totalSteps());
    }

    /**
     * {stabilized loss, first iteration of the phase}, both NaN without a stabilization phase. The phase
     * must last while the large step does: a plateau after which the loss falls below the band again,
     * still at the large step, is a pause in a slow convergence, not stabilization.
     */
    static double[] lossSummary(List<Evaluation> evaluations, long until) {
        int count = 0;
        double[] at = new double[evaluations.size()];
        double[] loss = new double[evaluations.size()];
        for (Evaluation e : evaluations) {
            if (e.iteration() <= until) {
                at[count] = e.iteration();
                loss[count++] = e.values()[0];
            }
        }
        double[] x = at;
        int n = count;
        return Stabilization.detect(at, loss, count).filter(phase -> !fallsBelowAfter(phase, x, loss, n)).map(phase -> {
            double[] inside = new double[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (x[i] >= phase.start() && x[i] <= phase.end()) {
                    inside[m++] = loss[i];
                }
            }
            return new double[] {median(Arrays.copyOf(inside, m)), phase.start()};
        }).orElse(new double[] {Double.NaN, Double.NaN});
    }

    /** Whether the median loss after the phase (of at least a few samples) lies below the phase's band. */
    private static boolean fallsBelowAfter(Stabilization.Phase phase, double[] x, double[] loss, int n) {
        double[] after = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (x[i] > phase.end()) {
                after[m++] = loss[i];
            }
        }
        return m >= MIN_SAMPLES_AFTER && median(Arrays.copyOf(after, m)) < phase.low();
    }

    /** The median of non-empty {@code values}: the mean of the two middle ones for an even count. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length;
        return m % 2 == 1 ? sorted[m / 2] : 0.5 * (sorted[m / 2 - 1] + sorted[m / 2]);
    }
}
