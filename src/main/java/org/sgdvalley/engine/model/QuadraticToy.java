package org.sgdvalley.engine.model;

import org.sgdvalley.engine.Rng;

/**
 * The smallest model that bounces (C1): h(x) = x theta^2 with loss (1/4)(y - x theta^2)^2, so that
 * SGD reads theta &lt;- theta + eta theta x (y - x theta^2).
 */
public final class QuadraticToy implements Model {
    private final double theta0;

    /** A toy started at theta = theta0. */
    public QuadraticToy(double theta0) {
        this.theta0 = theta0;
    }

    @Override
    public int parameterCount() {
        return 1;
    }

    @Override
    public int inputDimension() {
        return 1;
    }

    @Override
    public double lossScale() {
        return 0.25;
    }

    @Override
    public void initialize(double[] params, Rng rng) {
        params[0] = theta0;
    }

    @Override
    public double predict(double[] params, double[] x, int offset) {
        return x[offset] * params[0] * params[0];
    }

    @Override
    public void predictionGradient(double[] params, double[] x, int offset, double[] out) {
        out[0] = 2 * x[offset] * params[0];
    }

    @Override
    public double lossAndGradient(double[] params, double[] x, int[] batch, double[] labels, int size,
                                  double[] grad) {
        double theta = params[0];
        double loss = 0;
        double g = 0;
        for (int b = 0; b < size; b++) {
            double xi = x[batch[b]];
            double r = xi * theta * theta - labels[b];
            loss += 0.25 * r * r;
            g += r * xi * theta;
        }
        grad[0] = g / size;
        return loss / size;
    }
}
