package org.sgdvalley.engine.data;

import org.sgdvalley.engine.Rng;

/**
 * The twelve 1D points of E4: x_i = (-5.5 + i) / 4 + 0.07 for i = 0..11 and
 * y = 0.345 + [-2, 1.5, 0, 0, 2, 1, 0, -1, 0, 1, 2, -1].
 *
 * <p>The test inputs are the authors' evaluation points of rank(phi): {@code nTest} points drawn
 * uniformly in [min x, max x] of the training inputs (their notebook draws as many as the network has
 * parameters, 300 for 100 neurons), here from the project's generator with a fixed seed. A grid
 * reaching past the training range would let kinks outside it add rank. The test labels are not from
 * the paper: linear interpolation between consecutive training points.
 */
public final class Points1dData {
    /** Offsets of the labels from 0.345, in the order of increasing x. */
    private static final double[] LABEL_OFFSETS = {-2, 1.5, 0, 0, 2, 1, 0, -1, 0, 1, 2, -1};
    /** Seed of the test inputs: the training points are fixed, so the test points are too. */
    static final long TEST_SEED = 0;

    private Points1dData() {
    }

    /** The twelve training points and {@code nTest} test points uniform in their range. */
    public static Dataset generate(int nTest) {
        if (nTest < 0) {
            throw new IllegalArgumentException("nTest must be >= 0, got " + nTest);
        }
        int n = LABEL_OFFSETS.length;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = (-5.5 + i) / 4 + 0.07;
            y[i] = 0.345 + LABEL_OFFSETS[i];
        }
        double lo = x[0];
        double hi = x[n - 1];
        Rng rng = new Rng(TEST_SEED);
        double[] xTest = new double[nTest];
        double[] yTest = new double[nTest];
        for (int i = 0; i < nTest; i++) {
            xTest[i] = lo + (hi - lo) * rng.nextDouble();
            yTest[i] = interpolate(x, y, xTest[i]);
        }
        return new Dataset(1, x, y, xTest, yTest, new GroundTruth.None());
    }

    /** Piecewise-linear interpolation through (xs, ys), xs increasing, constant outside the range. */
    static double interpolate(double[] xs, double[] ys, double t) {
        int last = xs.length - 1;
        if (t <= xs[0]) {
            return ys[0];
        }
        if (t >= xs[last]) {
            return ys[last];
        }
        int i = 0;
        while (t > xs[i + 1]) {
            i++;
        }
        double w = (t - xs[i]) / (xs[i + 1] - xs[i]);
        return (1 - w) * ys[i] + w * ys[i + 1];
    }
}
