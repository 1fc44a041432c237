package org.sgdvalley.preset;

import java.util.Arrays;
import java.util.Locale;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.optim.OptimizerSpec;
import org.sgdvalley.engine.run.EvaluationPlan;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;

/**
 * The time an experiment will take, estimated from its spec before anything is built: the operations
 * (multiply-adds and the like) of every training step of every run, plus those of every metric at
 * every evaluation point, turned into seconds at a stated rate per worker thread. The counts follow
 * the code's loops (a step is a few passes over the parameters per sample of its batch, rank a
 * Jacobian and its singular values, sharpness a power iteration of Hessian-vector products); the rate
 * is a conservative figure for one core of a laptop, so the estimate is a scale, not a promise:
 * within a few times of the measured time, never orders of magnitude off (the {@code bench} command
 * prints both). The start of Java and the warm-up of its compiler are not counted.
 *
 * @param operations  operations of the whole experiment (or of what is left of it)
 * @param longestRun  operations of its costliest run
 * @param workers     worker threads training runs side by side
 * @param runs        number of runs
 * @param steps       steps per run counted
 * @param points      evaluation points per run counted
 * @param costliest   the metric costing most per evaluation point, or null without metrics
 * @param evaluationShare share of the operations spent in evaluations (0 to 1)
 * @param startSeconds seconds of one-time starts counted besides the operations (a native library's)
 */
public record TimeEstimate(double operations, double longestRun, int workers, int runs, long steps, double points,
                           String costliest, double evaluationShare, double startSeconds) {
    /** Operations per second of one worker thread: a conservative figure for one laptop core. */
    static final double RATE = 2e9;
    /** Operations of a step besides its passes over the parameters: sampling, schedule, bookkeeping. */
    static final double STEP_OVERHEAD = 200;
    /** Operations of one call to the native singular value routine besides its arithmetic (about 2.5 ms). */
    static final double NATIVE_CALL = 5e6;
    /** Seconds to load the native linear algebra library once, for rank. */
    static final double NATIVE_START_SECONDS = 3;
    /** Power iterations a sharpness evaluation is counted with (it stops at convergence, at most 5,000). */
    static final int SHARPNESS_ITERATIONS = 200;
    /** Longest estimate a command runs without being told to: two days. */
    public static final double MAX_SECONDS = 2 * 24 * 3600.0;
    /** Estimates shorter than this are not worth a line. */
    public static final double SHOWN_FROM_SECONDS = 2;

    /**
     * The estimate for {@code spec} run to step {@code stop} (at most its iterations) from
     * {@code stepsDone} steps already done in all runs together, on {@code threads} worker threads.
     * The evaluations of a partly done run are counted in proportion to the steps left.
     */
    public static TimeEstimate of(ExperimentSpec spec, long stop, long stepsDone, int threads) {
        long steps = Math.min(stop, spec.iterations());
        int runs = spec.runs().size();
        double parameters = MemoryBudget.parameters(spec.model(), spec.data().d());
        double points = steps == 0 ? 0 : points(spec, steps);
        double pointOps = 0;
        double costliestOps = -1;
        String costliest = null;
        for (String metric : spec.metrics()) {
            double ops = metricOperations(spec, metric, parameters);
            pointOps += ops;
            if (ops > costliestOps) {
                costliestOps = ops;
                costliest = metric;
            }
        }
        double evaluations = points * pointOps;
        double longest = 0;
        double total = 0;
        for (RunSpec run : spec.runs()) {
            double ops = steps * stepOperations(spec, run.optimizer(), parameters) + evaluations;
            longest = Math.max(longest, ops);
            total += ops;
        }
        double left = steps * (double) runs <= 0 ? 0 : Math.max(0, 1 - stepsDone / (steps * (double) runs));
        double share = total == 0 ? 0 : evaluations * runs / total;
        return new TimeEstimate(total * left, longest * left, Math.max(1, Math.min(threads, runs)), runs, steps,
                points, costliest, share, spec.metrics().contains("rank") && total > 0 ? NATIVE_START_SECONDS : 0);
    }

    /** Estimated seconds: the operations spread over the workers, but never less than the costliest run. */
    public double seconds() {
        return Math.max(operations / workers, longestRun) / RATE + (operations > 0 ? startSeconds : 0);
    }

    /** What the estimate is made of, e.g. {@code 4 runs x 100,001 steps; rank at 151 points}. */
    public String what() {
        String counted = String.format(Locale.ROOT, "%d runs x %,d steps", runs, steps);
        return costliest == null ? counted
                : counted + String.format(Locale.ROOT, "; %s at %,.0f points", costliest, points);
    }

    /** The line shown before training, or null when the estimate is below {@link #SHOWN_FROM_SECONDS}. */
    public String line() {
        return seconds() < SHOWN_FROM_SECONDS ? null : "estimate: about " + duration(seconds()) + " (" + what() + ")";
    }

    /**
     * Refuses an estimate above {@link #MAX_SECONDS} unless {@code allowLong}, naming the fields that
     * make most of it.
     *
     * @param iterationsField how the number of iterations was given, e.g. {@code iterations} or {@code --iterations}
     * @param allowFlag the option that allows a long run, for the message
     */
    public void check(boolean allowLong, String iterationsField, String allowFlag) {
        if (allowLong || seconds() <= MAX_SECONDS) {
            return;
        }
        String fields = evaluationShare > 0.5 ? "evaluation, metrics" : iterationsField + ", runs";
        throw new PresetException(fields, "the experiment would take about " + duration(seconds()) + " ("
                + what() + "), more than the " + duration(MAX_SECONDS) + " allowed; use fewer iterations, runs, "
                + "evaluation points or costly metrics, or pass " + allowFlag);
    }

    /** A duration in the largest unit that keeps it readable: 40 s, 12 min, 5.2 h, 41 days. */
    public static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        if (seconds < 48 * 3600) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%,.0f days", seconds / 86400);
    }

    /** Evaluation points of a run of {@code spec} stopped at step {@code steps}, exactly as the plan makes them. */
    private static double points(ExperimentSpec spec, long steps) {
        EvaluationPlan plan = spec.evaluation();
        if (plan.every() > 0) {
            return Math.floor((double) steps / plan.every()) + 1
                    + (steps == spec.iterations() && steps % plan.every() != 0 ? 1 : 0);
        }
        return Arrays.stream(plan.points(spec.iterations())).filter(t -> t <= steps).count();
    }

    /** Operations of one step: passes over the parameters for each sample of the batch, and the overhead. */
    static double stepOperations(ExperimentSpec spec, OptimizerSpec optimizer, double parameters) {
        double batch = optimizer.fullBatch() ? spec.data().n() : optimizer.batchSize();
        // the diagonal network's batch-1 step is one fused, vectorized pass; others go forward, back and update
        double passes = spec.model() instanceof ModelSpec.Diagonal && batch == 1 ? 2 : 6;
        return STEP_OVERHEAD + passes * batch * parameters;
    }

    /** Operations of one evaluation of {@code metric} (following the metric's own loops). */
    static double metricOperations(ExperimentSpec spec, String metric, double parameters) {
        int n = spec.data().n();
        int nTest = DataReader.nTest(spec.data());
        boolean diagonal = spec.model() instanceof ModelSpec.Diagonal;
        int d = spec.data().d();
        return switch (metric) {
            case "l0", "l1" -> parameters;
            case "train_loss" -> 2.0 * n * parameters;
            // the diagonal network's test loss comes from the cached Gram matrix of a large test set
            case "test_loss" -> diagonal && nTest > 2 * d ? 2.0 * d * d : 2.0 * nTest * parameters;
            case "rank" -> rank(diagonal ? Math.min(nTest > 0 ? nTest : n, 2 * d)
                    : Math.min(nTest > 0 ? nTest : n, parameters), parameters);
            case "sharpness" -> SHARPNESS_ITERATIONS * (diagonal ? 4.0 : 12.0) * n * parameters;
            default -> 2.0 * Math.max(n, nTest) * parameters;
        };
    }

    /** The Jacobian's rows, then the singular values of the rows x parameters matrix (LAPACK's count). */
    private static double rank(double rows, double parameters) {
        double small = Math.min(rows, parameters);
        double large = Math.max(rows, parameters);
        return NATIVE_CALL + 4 * rows * parameters + 4 * small * small * large - 4.0 / 3 * small * small * small;
    }
}
