package org.sgdvalley.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.Rng;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;
import org.sgdvalley.preset.PresetCatalog;

class StabilizationTest {

    @Test
    void findsTheBouncingBandBetweenTheDescentAndTheDecay() {
        int n = 1000;
        double[] x = new double[n];
        double[] y = new double[n];
        Rng rng = new Rng(3);
        for (int i = 0; i < n; i++) {
            x[i] = i * 10;
            if (i < 200) {
                y[i] = Math.pow(10, -2.0 * i / 200);               // descent from 1 to 1e-2
            } else if (i < 700) {
                y[i] = 0.03 * Math.pow(10, rng.nextDouble() - 0.5); // bouncing in a band
            } else {
                y[i] = 1e-2 * Math.pow(10, -8.0 * (i - 700) / 300); // after the decay
            }
        }
        var phase = Stabilization.detect(x, y, n).orElseThrow();
        assertThat(phase.start()).isBetween(1000.0, 2300.0);
        assertThat(phase.end()).isBetween(6800.0, 7300.0);
        assertThat(phase.low()).isGreaterThan(0.005);
    }

    @Test
    void roundingNoiseAtMachinePrecisionIsNotStabilization() {
        int n = 600;
        double[] x = new double[n];
        double[] y = new double[n];
        Rng rng = new Rng(9);
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = i < 100 ? Math.pow(10, -32.0 * i / 100) : 1e-32 * Math.pow(10, rng.nextDouble() - 0.5);
        }
        assertThat(Stabilization.detect(x, y, n)).isEmpty();
    }

    @Test
    void aBandSevenDecadesBelowTheFirstLossIsNotStabilizationEvenAfterAFastFirstDrop() {
        Rng rng = new Rng(5);
        double[] loss = IntStream.range(0, 600)
                .mapToDouble(i -> (i == 0 ? 1 : i < 20 ? 1e-2 : 3e-8) * Math.pow(10, rng.nextDouble() - 0.5))
                .toArray();
        double[] x = IntStream.range(0, 600).mapToDouble(i -> i * 100).toArray();
        // a running median smooths the lone first loss away: the floor is measured from the raw samples
        assertThat(Stabilization.detect(x, loss, loss.length)).isEmpty();
    }

    @Test
    void aSteadyDescentIsNotStabilization() {
        int n = 500;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = Math.pow(10, -10.0 * i / n);
        }
        assertThat(Stabilization.detect(x, y, n)).isEmpty();
    }

    private static double[][] lossCurve(int runIndex, int steps) {
        return lossCurve(new Experiment(PresetCatalog.bundled("diag-valley-2d")), runIndex, steps, 10);
    }

    /** The training loss of run {@code runIndex} at the start, then every {@code every} steps for {@code steps} steps. */
    private static double[][] lossCurve(Experiment experiment, int runIndex, int steps, int every) {
        var run = experiment.runs().get(runIndex);
        int n = steps / every + 1;
        double[][] xy = new double[2][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < (i == 0 ? 0 : every); k++) {
                run.step();
            }
            xy[0][i] = run.iteration();
            xy[1][i] = run.model().loss(run.params(), experiment.data().xTrain(), experiment.data().yTrain());
        }
        return xy;
    }

    @Test
    void aSlowlyConvergingE1RunIsNotStabilization() {
        ExperimentSpec e1 = PresetCatalog.bundled("diag-sgd-decay");
        RunSpec small = e1.runs().get(0).withStepSize(0.24);
        small = new RunSpec(small.label(), small.optimizer().withSeed(6), small.schedule());
        double[][] loss = lossCurve(new Experiment(e1.withRuns(List.of(small))), 0, 50_000, 500);
        int n = loss[0].length;
        assertThat(loss[1][n - 1]).as("the run converges").isLessThan(1e-6);
        var none = Stabilization.detect(loss[0], loss[1], n);
        assertThat(none).as("eta = 0.24 falls by a steady number of decades: %s", none).isEmpty();
    }

    @Test
    void e3SgdStabilizesBeforeItsDecayWhileGradientFlowDoesNot() {
        double[][] sgd = lossCurve(2, 5000);
        var phase = Stabilization.detect(sgd[0], sgd[1], sgd[0].length);
        assertThat(phase).isPresent();
        assertThat(phase.get().end() - phase.get().start()).isGreaterThan(1000);
        double[][] gf = lossCurve(0, 5000);
        var none = Stabilization.detect(gf[0], gf[1], gf[0].length);
        assertThat(none).as("gradient flow: %s", none).isEmpty();
    }
}
