package org.sgdvalley.bench;

import java.util.List;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.run.EvaluationPlan;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.HeadlessRunner;
import org.sgdvalley.preset.PresetCatalog;

/**
 * The paper's E1 workload: 4 runs of 100,001 batch-1 SGD steps on the diagonal network (d = 200,
 * n = 80, 1000 test samples), with train loss, test loss and l0 at the paper's 350 evaluation points.
 */
final class E1Workload {
    /** Wall time of the numpy reference for the same workload, in seconds. */
    static final double NUMPY_SECONDS = 2.3;
    static final List<String> METRICS = List.of("train_loss", "test_loss", "l0");
    private static final long ITERATIONS = 100_001;

    private final ExperimentSpec spec;

    E1Workload() {
        ExperimentSpec preset = PresetCatalog.bundled("diag-sgd-decay");
        spec = new ExperimentSpec(preset.name(), preset.title(), preset.description(), preset.lookFor(),
                preset.model(), preset.data(), ITERATIONS, EvaluationPlan.paper(), METRICS, preset.metricOptions(),
                preset.initSeed(), preset.runs());
    }

    ExperimentSpec spec() {
        return spec;
    }

    /** Wall seconds of one headless run of the workload (the experiment is built before the clock starts). */
    double seconds() throws InterruptedException {
        Experiment experiment = new Experiment(spec);
        long start = System.nanoTime();
        HeadlessRunner.allCores().run(experiment, done -> { });
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * Floating-point operations of the workload: every step and every evaluation point of every run,
     * plus the test set's Gram matrix that the test loss reads, formed once for all runs.
     */
    double flops() {
        int d = spec.data().d();
        int n = spec.data().n();
        return spec.runs().size() * (ITERATIONS * stepFlops(d) + points() * evaluationFlops(d, n))
                + gramFlops(d, ((DataSpec.Sparse) spec.data()).nTest());
    }

    /** FLOPs of X'X (its upper triangle, a multiply-add per entry and row) and X'y for the test set. */
    static double gramFlops(int d, int nTest) {
        return nTest * (d * (d + 1.0) + 2.0 * d);
    }

    /** Steps of the workload, over all runs. */
    long steps() {
        return spec.runs().size() * ITERATIONS;
    }

    /**
     * FLOPs of one evaluation point as the diagonal network computes it: beta = u * v (d), the train
     * loss from the columns of X (2 n d for X beta, 3 n for the residuals and their squares), the test
     * loss from the symmetric Gram matrix (d (d - 1) for the off-diagonal half of beta'X'X beta, 3 d for
     * its diagonal, 4 d for the two dot products) and l0 (d).
     */
    static double evaluationFlops(int d, int n) {
        return d + 2.0 * n * d + 3.0 * n + d * (d - 1.0) + 3.0 * d + 4.0 * d + d;
    }

    /**
     * FLOPs of one batch-1 SGD step of the diagonal network: the prediction (2 multiplications and an
     * addition per coordinate), the residual and its product with the step size, then per coordinate
     * one multiplication for eta r x_j and two multiply-subtracts for u_j and v_j.
     */
    static double stepFlops(int d) {
        return 3.0 * d + 2 + 5.0 * d;
    }

    /** Number of evaluation points of each run. */
    int points() {
        return spec.evaluation().points(ITERATIONS).length;
    }
}
