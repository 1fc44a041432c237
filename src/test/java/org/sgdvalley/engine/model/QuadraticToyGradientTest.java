package org.sgdvalley.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuadraticToyGradientTest {
    private final QuadraticToy model = new QuadraticToy(0.8);
    private final double[] x = {1.0, 1.05, 1.1};
    private final double[] params = {0.8};

    @Test
    void lossAndGradientMatchFiniteDifferences() {
        int[] batch = {0, 2, 1};
        double[] labels = {1.0, 1.1, 1.05};
        double[] grad = new double[1];
        double loss = model.lossAndGradient(params, x, batch, labels, 3, grad);
        assertThat(loss).isCloseTo(GradientCheck.batchLoss(model, params, x, batch, labels, 3), within(1e-14));
        assertThat(grad[0]).isCloseTo(GradientCheck.lossGradient(model, params, x, batch, labels, 3)[0], within(1e-8));
    }

    @Test
    void predictionGradientMatchesFiniteDifferences() {
        double[] out = new double[1];
        model.predictionGradient(params, x, 1, out);
        assertThat(out[0]).isCloseTo(GradientCheck.predictionGradient(model, params, x, 1)[0], within(1e-8));
    }
}
