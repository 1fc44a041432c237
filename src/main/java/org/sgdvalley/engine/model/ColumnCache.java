package org.sgdvalley.engine.model;

import java.util.Arrays;

/**
 * The columns of a fixed row-major input matrix X (rows x d), so that the predictions X beta of a linear
 * predictor are a sum of columns scaled by beta_j: a loop over rows the JIT vectorizes, where the
 * row-by-row dot products are serial floating-point reductions.
 */
final class ColumnCache {
    private final double[] x;
    private final double[] y;
    private final double[][] columns;
    private final double[] predictions;
    private final double[] beta;
    private final int d;

    ColumnCache(double[] x, double[] y, int d) {
        this.x = x;
        this.y = y;
        this.d = d;
        int rows = y.length;
        this.columns = new double[d][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < d; j++) {
                columns[j][i] = x[i * d + j];
            }
        }
        this.predictions = new double[rows];
        this.beta = new double[d];
    }

    /** Whether the cache holds these very arrays. */
    boolean isFor(double[] otherX, double[] otherY) {
        return otherX == x && otherY == y;
    }

    /** (1/(2 rows)) ||X beta - y||^2 for beta = u * v, params laid out as [u, v]. */
    double halfMeanSquare(double[] params) {
        int rows = y.length;
        double[] bt = beta;
        double[] h = predictions;
        for (int j = 0; j < d; j++) {
            bt[j] = params[j] * params[d + j];
        }
        Arrays.fill(h, 0.0);
        int j = 0;
        // four columns per pass over the predictions: a quarter of their loads and stores
        for (; j + 3 < d; j += 4) {
            double b0 = bt[j];
            double b1 = bt[j + 1];
            double b2 = bt[j + 2];
            double b3 = bt[j + 3];
            if (b0 == 0 && b1 == 0 && b2 == 0 && b3 == 0) {
                continue;
            }
            double[] c0 = columns[j];
            double[] c1 = columns[j + 1];
            double[] c2 = columns[j + 2];
            double[] c3 = columns[j + 3];
            for (int i = 0; i < rows; i++) {
                h[i] += (b0 * c0[i] + b1 * c1[i]) + (b2 * c2[i] + b3 * c3[i]);
            }
        }
        for (; j < d; j++) {
            double bj = bt[j];
            double[] column = columns[j];
            for (int i = 0; i < rows; i++) {
                h[i] += bj * column[i];
            }
        }
        for (int i = 0; i < rows; i++) {
            h[i] -= y[i];
        }
        return 0.5 * Sums.dot(h, h, rows) / rows;
    }
}
