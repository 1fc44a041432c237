package org.sgdvalley.engine.model;

/**
 * X'X, X'y and y'y of a fixed set of rows, so that the square loss of a linear predictor beta costs
 * d^2 operations instead of rows * d.
 */
final class GramCache {
    private final double[] x;
    private final double[] y;
    private final int d;
    private final double[] xtx;
    private final double[] xty;
    private final double[] beta;
    private final double yty;

    GramCache(double[] x, double[] y, int d) {
        this.x = x;
        this.y = y;
        this.d = d;
        this.xtx = new double[d * d];
        this.xty = new double[d];
        this.beta = new double[d];
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            int row = i * d;
            for (int a = 0; a < d; a++) {
                double xa = x[row + a];
                xty[a] += xa * y[i];
                int base = a * d;
                for (int b = a; b < d; b++) {
                    xtx[base + b] += xa * x[row + b];
                }
            }
            sum += y[i] * y[i];
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < a; b++) {
                xtx[a * d + b] = xtx[b * d + a];
            }
        }
        this.yty = sum;
    }

    /** Whether the cache holds these very arrays. */
    boolean isFor(double[] otherX, double[] otherY) {
        return otherX == x && otherY == y;
    }

    /** (1/(2 rows)) ||X beta - y||^2 for beta = u * v, params laid out as [u, v]. */
    double halfMeanSquare(double[] params) {
        for (int j = 0; j < d; j++) {
            beta[j] = params[j] * params[d + j];
        }
        double quadratic = 0;
        double linear = 0;
        for (int a = 0; a < d; a++) {
            double ba = beta[a];
            if (ba == 0) {
                continue;
            }
            int base = a * d;
            double s0 = 0;
            double s1 = 0;
            int b = 0;
            for (; b + 1 < d; b += 2) {
                s0 += xtx[base + b] * beta[b];
                s1 += xtx[base + b + 1] * beta[b + 1];
            }
            for (; b < d; b++) {
                s0 += xtx[base + b] * beta[b];
            }
            quadratic += ba * (s0 + s1);
            linear += ba * xty[a];
        }
        double sumSquares = quadratic - 2 * linear + yty;
        return 0.5 * Math.max(0.0, sumSquares) / y.length;
    }
}
