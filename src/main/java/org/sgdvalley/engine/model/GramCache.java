package org.sgdvalley.engine.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * X'X, X'y and y'y of a fixed set of rows, so that the square loss of a linear predictor beta costs
 * d^2 operations instead of rows * d. The matrices are computed once per data set and shared by every
 * model instance (the runs of an experiment share their test set); each cache keeps its own scratch.
 */
final class GramCache {
    /** The shared matrices, by the identity of the input array; an entry goes when its data set does. */
    private static final Map<double[], Gram> SHARED = Collections.synchronizedMap(new WeakHashMap<>());

    private final double[] x;
    private final double[] y;
    private final int d;
    private final Gram gram;
    private final double[] beta;
    private final double[] gBeta;

    /** X'X as one array per row (so that loops over a row index distinct arrays at the same index). */
    private record Gram(double[] y, int d, double[][] xtx, double[] xty, double yty) {
    }

    GramCache(double[] x, double[] y, int d) {
        this.x = x;
        this.y = y;
        this.d = d;
        Gram shared = SHARED.get(x);
        if (shared == null || shared.y() != y || shared.d() != d) {
            synchronized (SHARED) {
                shared = SHARED.get(x);
                if (shared == null || shared.y() != y || shared.d() != d) {
                    shared = compute(x, y, d);
                    SHARED.put(x, shared);
                }
            }
        }
        this.gram = shared;
        this.beta = new double[d];
        this.gBeta = new double[d];
    }

    private static Gram compute(double[] x, double[] y, int d) {
        double[][] xtx = new double[d][d];
        double[] xty = new double[d];
        int rows = y.length;
        // the rows of X'X from the split on hold as much of the upper triangle as those before it; the
        // two halves go to two threads (a runner waiting for this Gram matrix leaves its core idle).
        // Each entry sums the same terms in the same order either way, so the result does not change.
        int split = (int) Math.round(d * (1 - Math.sqrt(0.5)));
        ForkJoinTask<?> upper = ForkJoinPool.commonPool().submit(() -> accumulate(x, rows, d, xtx, split, d));
        accumulate(x, rows, d, xtx, 0, split);
        upper.join();
        double sum = 0;
        for (int k = 0; k < rows; k++) {
            double yk = y[k];
            for (int a = 0; a < d; a++) {
                xty[a] += x[k * d + a] * yk;
            }
            sum += yk * yk;
        }
        for (int a = 0; a < d; a++) {
            for (int b = 0; b < a; b++) {
                xtx[a][b] = xtx[b][a];
            }
        }
        return new Gram(y, d, xtx, xty, sum);
    }

    /** Adds the upper triangle of rows {@code from..to-1} of X'X into {@code xtx}. */
    private static void accumulate(double[] x, int rows, int d, double[][] xtx, int from, int to) {
        // four rows of X at a time, each copied out, so that the inner loop indexes distinct arrays at
        // the same index (C2 vectorizes it) and reads and writes each entry of X'X once per four rows
        double[] r0 = new double[d];
        double[] r1 = new double[d];
        double[] r2 = new double[d];
        double[] r3 = new double[d];
        int i = 0;
        for (; i + 3 < rows; i += 4) {
            System.arraycopy(x, i * d, r0, 0, d);
            System.arraycopy(x, (i + 1) * d, r1, 0, d);
            System.arraycopy(x, (i + 2) * d, r2, 0, d);
            System.arraycopy(x, (i + 3) * d, r3, 0, d);
            for (int a = from; a < to; a++) {
                double a0 = r0[a];
                double a1 = r1[a];
                double a2 = r2[a];
                double a3 = r3[a];
                double[] g = xtx[a];
                for (int b = a; b < d; b++) {
                    g[b] += (a0 * r0[b] + a1 * r1[b]) + (a2 * r2[b] + a3 * r3[b]);
                }
            }
        }
        for (; i < rows; i++) {
            System.arraycopy(x, i * d, r0, 0, d);
            for (int a = from; a < to; a++) {
                double a0 = r0[a];
                double[] g = xtx[a];
                for (int b = a; b < d; b++) {
                    g[b] += a0 * r0[b];
                }
            }
        }
    }

    /** Whether the cache holds these very arrays. */
    boolean isFor(double[] otherX, double[] otherY) {
        return otherX == x && otherY == y;
    }

    /**
     * (1/(2 rows)) ||X beta - y||^2 for beta = u * v, params laid out as [u, v]. By the symmetry of X'X,
     * beta'X'X beta = sum_a G_aa beta_a^2 + 2 sum_b beta_b w_b with w_b = sum_{a &lt; b} beta_a G_ab:
     * half the products of the full form. w is accumulated as a sum of row tails of X'X scaled by
     * beta_a, four rows at a time, a loop the JIT vectorizes (a dot product per row, a serial floating-point reduction, is not).
     */
    double halfMeanSquare(double[] params) {
        double[] bt = beta;
        double[] w = gBeta;
        double[][] xtx = gram.xtx();
        Arrays.fill(w, 0.0);
        for (int j = 0; j < d; j++) {
            bt[j] = params[j] * params[d + j];
        }
        double diagonal = 0;
        int a = 0;
        // four rows of X'X per pass over w: a quarter of the loads and stores of one row at a time
        for (; a + 3 < d; a += 4) {
            double b0 = bt[a];
            double b1 = bt[a + 1];
            double b2 = bt[a + 2];
            double b3 = bt[a + 3];
            if (b0 == 0 && b1 == 0 && b2 == 0 && b3 == 0) {
                continue;
            }
            double[] g0 = xtx[a];
            double[] g1 = xtx[a + 1];
            double[] g2 = xtx[a + 2];
            double[] g3 = xtx[a + 3];
            diagonal += (g0[a] * b0 * b0 + g1[a + 1] * b1 * b1) + (g2[a + 2] * b2 * b2 + g3[a + 3] * b3 * b3);
            w[a + 1] += b0 * g0[a + 1];
            w[a + 2] += b0 * g0[a + 2] + b1 * g1[a + 2];
            w[a + 3] += b0 * g0[a + 3] + b1 * g1[a + 3] + b2 * g2[a + 3];
            for (int b = a + 4; b < d; b++) {
                w[b] += (b0 * g0[b] + b1 * g1[b]) + (b2 * g2[b] + b3 * g3[b]);
            }
        }
        for (; a < d; a++) {
            double ba = bt[a];
            double[] g = xtx[a];
            diagonal += g[a] * ba * ba;
            for (int b = a + 1; b < d; b++) {
                w[b] += ba * g[b];
            }
        }
        double quadratic = diagonal + 2 * Sums.dot(bt, w, d);
        double linear = Sums.dot(bt, gram.xty(), d);
        double sumSquares = quadratic - 2 * linear + gram.yty();
        return 0.5 * Math.max(0.0, sumSquares) / y.length;
    }
}
