package org.sgdvalley.engine.data;

import org.sgdvalley.engine.Rng;

/** Data of the quadratic toy (C1): x uniform in [xMin, xMax], y = x theta*^2. */
public final class ToyData {
    private ToyData() {
    }

    /** Draws n training points and as many test points. */
    public static Dataset generate(int n, double xMin, double xMax, double thetaStar, long seed) {
        Rng rng = new Rng(seed);
        double[] x = uniform(n, xMin, xMax, rng);
        double[] xTest = uniform(n, xMin, xMax, rng);
        return new Dataset(1, x, labels(x, thetaStar), xTest, labels(xTest, thetaStar),
                new GroundTruth.Scalar(thetaStar));
    }

    private static double[] uniform(int n, double lo, double hi, Rng rng) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * rng.nextDouble();
        }
        return x;
    }

    private static double[] labels(double[] x, double thetaStar) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i] * thetaStar * thetaStar;
        }
        return y;
    }
}
