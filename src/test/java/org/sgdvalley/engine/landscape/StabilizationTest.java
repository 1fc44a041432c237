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
}
