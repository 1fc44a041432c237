package org.sgdvalley.engine.data;

import org.sgdvalley.engine.Rng;

/**
 * Sparse regression data of E1-E3: x ~ N(0, I_d), beta* with |N(0,1)| on the first k coordinates,
 * zero elsewhere, scaled to unit l2 norm; y = X beta*, without noise.
 */
public final class SparseRegression {
    private SparseRegression() {
    }

    /** Draws n training and nTest test samples in dimension d with k non-zeros, from {@code seed}. */
    public static Dataset generate(int n, int nTest, int d, int k, long seed) {
        Rng rng = new Rng(seed);
        double[] betaStar = sparseTarget(d, k, rng);
        double[] xTrain = gaussianMatrix(n, d, rng);
        double[] xTest = gaussianMatrix(nTest, d, rng);
        return new Dataset(d, xTrain, labels(xTrain, betaStar, n, d), xTest, labels(xTest, betaStar, nTest, d),
                new GroundTruth.SparseVector(betaStar));
    }

    private static double[] sparseTarget(int d, int k, Rng rng) {
        double[] beta = new double[d];
        double norm2 = 0;
        for (int i = 0; i < k; i++) {
            beta[i] = Math.abs(rng.nextGaussian());
            norm2 += beta[i] * beta[i];
        }
        double scale = norm2 > 0 ? 1.0 / Math.sqrt(norm2) : 0;
        for (int i = 0; i < k; i++) {
            beta[i] *= scale;
        }
        return beta;
    }

    static double[] gaussianMatrix(int rows, int cols, Rng rng) {
        double[] m = new double[Math.multiplyExact(rows, cols)];
        for (int i = 0; i < m.length; i++) {
            m[i] = rng.nextGaussian();
        }
        return m;
    }

    private static double[] labels(double[] x, double[] beta, int rows, int d) {
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                s += x[i * d + j] * beta[j];
            }
            y[i] = s;
        }
        return y;
    }
}
