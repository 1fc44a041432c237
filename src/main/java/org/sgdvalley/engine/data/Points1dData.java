package org.sgdvalley.engine.data;

/**
 * The twelve 1D points of E4: x_i = (-5.5 + i) / 4 + 0.07 for i = 0..11 and
 * y = 0.345 + [-2, 1.5, 0, 0, 2, 1, 0, -1, 0, 1, 2, -1].
 *
 * <p>The test set is not from the paper: it is a grid of {@code nTest} evenly spaced x over
 * [min x - 0.25, max x + 0.25] (both ends included), labelled by linear interpolation between
 * consecutive training points and held constant beyond the first and last point. It serves
 * rank(phi) and plots of the fitted function, not a published number.
 */
public final class Points1dData {
    /** Offsets of the labels from 0.345, in the order of increasing x. */
    private static final double[] LABEL_OFFSETS = {-2, 1.5, 0, 0, 2, 1, 0, -1, 0, 1, 2, -1};
    /** Margin of the test grid beyond the training range. */
    static final double TEST_MARGIN = 0.25;

    private Points1dData() {
    }

    /** The twelve training points and a test grid of {@code nTest} points. */
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
        double lo = x[0] - TEST_MARGIN;
        double hi = x[n - 1] + TEST_MARGIN;
        double[] xTest = new double[nTest];
        double[] yTest = new double[nTest];
        for (int i = 0; i < nTest; i++) {
            xTest[i] = nTest == 1 ? 0.5 * (lo + hi) : lo + (hi - lo) * i / (nTest - 1);
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
