package org.sgdvalley.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.Rng;

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
        var e3 = new org.sgdvalley.engine.run.Experiment(org.sgdvalley.preset.PresetCatalog.bundled("diag-valley-2d"));
        var run = e3.runs().get(runIndex);
        int n = steps / 10;
        double[][] xy = new double[2][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 10; k++) {
                run.step();
            }
            xy[0][i] = run.iteration();
            xy[1][i] = run.model().loss(run.params(), e3.data().xTrain(), e3.data().yTrain());
        }
        return xy;
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
