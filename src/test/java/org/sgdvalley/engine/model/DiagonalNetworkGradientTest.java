package org.sgdvalley.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.Rng;

class DiagonalNetworkGradientTest {
    private static final int D = 7;
    private final Rng rng = new Rng(11);
    private final DiagonalNetwork model = new DiagonalNetwork(D, 0.1, 0.0);
    private final double[] x = gaussian(5 * D);
    private final double[] params = gaussian(2 * D);

    private double[] gaussian(int length) {
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }

    @Test
    void lossAndGradientMatchFiniteDifferencesForABatch() {
        int[] batch = {3, 0, 3, 4};
        double[] labels = {0.5, -1.0, 0.2, 2.0};
        double[] grad = new double[2 * D];
        double loss = model.lossAndGradient(params, x, batch, labels, 4, grad);
        assertThat(loss).isCloseTo(GradientCheck.batchLoss(model, params, x, batch, labels, 4), within(1e-12));
        double[] numeric = GradientCheck.lossGradient(model, params, x, batch, labels, 4);
        assertThat(GradientCheck.maxRelativeError(grad, numeric)).isLessThan(1e-7);
    }

    @Test
    void fusedBatchOneStepEqualsGradientThenUpdate() {
        int[] batch = {2};
        double[] labels = {0.7};
        double eta = 0.25;
        double[] grad = new double[2 * D];
        double[] expected = params.clone();
        double expectedLoss = model.lossAndGradient(expected, x, batch, labels, 1, grad);
        for (int j = 0; j < expected.length; j++) {
            expected[j] -= eta * grad[j];
        }
        double[] fused = params.clone();
        double loss = model.sgdStep(fused, x, batch, labels, 1, eta, new double[2 * D]);
        assertThat(loss).isCloseTo(expectedLoss, within(1e-15));
        for (int j = 0; j < fused.length; j++) {
            assertThat(fused[j]).as("parameter %d", j).isCloseTo(expected[j], within(1e-14));
        }
    }

    @Test
    void predictionGradientMatchesFiniteDifferences() {
        double[] out = new double[2 * D];
        model.predictionGradient(params, x, 2 * D, out);
        assertThat(GradientCheck.maxRelativeError(out, GradientCheck.predictionGradient(model, params, x, 2 * D)))
                .isLessThan(1e-8);
    }
}
