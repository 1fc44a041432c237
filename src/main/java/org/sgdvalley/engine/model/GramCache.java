package org.sgdvalley.engine.model;

/**
 * X'X, X'y and y'y of a fixed set of rows, so that the square loss of a linear predictor beta costs
 * d^2 operations instead of rows * d.
 */
final class GramCache {
    private final double[] x;
    private final double[] y;
    private final int d;
    /** Row a of X'X; one array per row so that the loops below index distinct arrays at the same index. */
    private final double[][] xtx;
    private final double[] xty;
    private final double[] beta;
    private final double[] gBeta;
    private final double yty;

    GramCache(double[] x, double[] y, int d) {
        this.x = x;
        this.y = y;
        this.d = d;
        this.xtx = new double[d][d];
        this.xty = new double[d];
        this.beta = new double[d];
        this.gBeta = new double[d];
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            int row = i * d;
            for (int a = 0; a < d; a++) {
                double xa = x[row + a];
                xty[a] += xa * y[i];
                double[] g = xtx[a];
                for (int b = a; b < d; b++) {
                    g[b] += xa * x[row + b];
                }
            }
            sum += y[i] * y[i];
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < a; b++) {
                xtx[a][b] = xtx[b][a];
            }
        }
        this.yty = sum;
    }

    /** Whether the cache holds these very arrays. */
    boolean isFor(double[] otherX, double[] otherY) {
        return otherX == x && otherY == y;
    }

    /**
     * (1/(2 rows)) ||X beta - y||^2 for beta = u * v, params laid out as [u, v]. X'X beta is accumulated
     * as a sum of rows of X'X scaled by beta_a, a loop the JIT vectorizes (a dot product per row, a
     * serial floating-point reduction, is not).
     */
    double halfMeanSquare(double[] params) {
        double[] bt = beta;
        double[] w = gBeta;
        java.util.Arrays.fill(w, 0.0);
        for (int j = 0; j < d; j++) {
            bt[j] = params[j] * params[d + j];
        }
        for (int a = 0; a < d; a++) {
            double ba = bt[a];
            if (ba == 0) {
                continue;
            }
            double[] g = xtx[a];
            for (int b = 0; b < d; b++) {
                w[b] += ba * g[b];
            }
        }
        double quadratic = Sums.dot(bt, w, d);
        double linear = Sums.dot(bt, xty, d);
        double sumSquares = quadratic - 2 * linear + yty;
        return 0.5 * Math.max(0.0, sumSquares) / y.length;
    }
}
