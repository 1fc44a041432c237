package org.sgdvalley.engine.model;

import java.util.Arrays;
import org.sgdvalley.engine.Rng;

/**
 * The diagonal linear network h(x) = &lt;u * v, x&gt; of E1-E3, with loss (1/2)(h(x) - y)^2.
 * Parameters are laid out as {@code [u_1..u_d, v_1..v_d]}; the predictor is beta = u * v.
 */
public final class DiagonalNetwork implements Model {
    private final int d;
    private final double u0;
    private final double v0;
    private GramCache gram;
    private ColumnCache columns;
    private double[] uScratch;
    private double[] vScratch;
    private double[] products;
    private double[] rowsSource;
    private double[][] inputRows;

    /** A network in dimension d initialized at u = u0, v = v0 in every coordinate. */
    public DiagonalNetwork(int d, double u0, double v0) {
        this.d = d;
        this.u0 = u0;
        this.v0 = v0;
    }

    @Override
    public int parameterCount() {
        return 2 * d;
    }

    @Override
    public int inputDimension() {
        return d;
    }

    @Override
    public double lossScale() {
        return 0.5;
    }

    /** The initial value of every u coordinate. */
    public double initialU() {
        return u0;
    }

    /** The initial value of every v coordinate. */
    public double initialV() {
        return v0;
    }

    @Override
    public void initialize(double[] params, Rng rng) {
        Arrays.fill(params, 0, d, u0);
        Arrays.fill(params, d, 2 * d, v0);
    }

    /** Writes beta = u * v into {@code beta}. */
    public void beta(double[] params, double[] beta) {
        for (int j = 0; j < d; j++) {
            beta[j] = params[j] * params[d + j];
        }
    }

    @Override
    public double predict(double[] params, double[] x, int offset) {
        // four accumulators: the JIT does not reorder a floating-point reduction by itself
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < d; j += 4) {
            s0 += x[offset + j] * params[j] * params[d + j];
            s1 += x[offset + j + 1] * params[j + 1] * params[d + j + 1];
            s2 += x[offset + j + 2] * params[j + 2] * params[d + j + 2];
            s3 += x[offset + j + 3] * params[j + 3] * params[d + j + 3];
        }
        for (; j < d; j++) {
            s0 += x[offset + j] * params[j] * params[d + j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public void predictionGradient(double[] params, double[] x, int offset, double[] out) {
        for (int j = 0; j < d; j++) {
            out[j] = x[offset + j] * params[d + j];
            out[d + j] = x[offset + j] * params[j];
        }
    }

    /**
     * Mean loss over all rows. When there are more than 2d rows (the test set) it is computed from the
     * cached Gram matrix X'X, X'y and y'y of those rows, in d^2 instead of rows * d operations:
     * (beta'X'X beta - 2 beta'X'y + y'y) / (2 rows). This equals the direct sum up to rounding
     * (absolute error near 1e-16 times y'y / rows), which is far below every loss the paper reads.
     * Smaller sets (the training set) are summed directly from cached columns of X, as X beta; that
     * too equals the sum of the row predictions up to rounding.
     */
    @Override
    public double loss(double[] params, double[] x, double[] y) {
        if (y.length == 0 || x.length != y.length * d) {
            return Model.super.loss(params, x, y);
        }
        if (y.length <= 2 * d) {
            if (columns == null || !columns.isFor(x, y)) {
                columns = new ColumnCache(x, y, d);
            }
            return columns.halfMeanSquare(params);
        }
        if (gram == null || !gram.isFor(x, y)) {
            gram = new GramCache(x, y, d);
        }
        return gram.halfMeanSquare(params);
    }

    @Override
    public double lossAndGradient(double[] params, double[] x, int[] batch, double[] labels, int size,
                                  double[] grad) {
        Arrays.fill(grad, 0.0);
        double loss = 0;
        for (int b = 0; b < size; b++) {
            int offset = batch[b] * d;
            double r = predict(params, x, offset) - labels[b];
            loss += 0.5 * r * r;
            for (int j = 0; j < d; j++) {
                double rx = r * x[offset + j];
                grad[j] += rx * params[d + j];
                grad[d + j] += rx * params[j];
            }
        }
        double inv = 1.0 / size;
        for (int j = 0; j < grad.length; j++) {
            grad[j] *= inv;
        }
        return loss * inv;
    }

    @Override
    public double sgdStep(double[] params, double[] x, int[] batch, double[] labels, int size,
                          double stepSize, double[] grad) {
        if (size != 1) {
            return Model.super.sgdStep(params, x, batch, labels, size, stepSize, grad);
        }
        // batch 1, the paper's setting: the products summed as in sgdSteps, then one fused update pass
        ensureScratch();
        int offset = batch[0] * d;
        double[] p = products;
        for (int j = 0; j < d; j++) {
            p[j] = x[offset + j] * params[j] * params[d + j];
        }
        double r = Sums.sum(p, d) - labels[0];
        double c = stepSize * r;
        for (int j = 0; j < d; j++) {
            double cx = c * x[offset + j];
            double u = params[j];
            double v = params[d + j];
            params[j] = u - cx * v;
            params[d + j] = v - cx * u;
        }
        return 0.5 * r * r;
    }

    private void ensureScratch() {
        if (uScratch == null) {
            uScratch = new double[d];
            vScratch = new double[d];
            products = new double[d];
        }
    }

    /** The rows of the row-major inputs {@code x} as separate arrays, copied once per input set. */
    private double[][] rowsOf(double[] x) {
        if (x != rowsSource) {
            inputRows = new double[x.length / d][];
            for (int i = 0; i < inputRows.length; i++) {
                inputRows[i] = Arrays.copyOfRange(x, i * d, (i + 1) * d);
            }
            rowsSource = x;
        }
        return inputRows;
    }

    /**
     * Batch-1 chunks run on u and v copied into two separate arrays and on the input rows kept as arrays
     * of their own, so that every loop reads and writes the same index of distinct arrays and the JIT
     * vectorizes it (Java 17's C2 does not vectorize a loop with u and v in one array at offset d, nor
     * one indexing x at a row offset). The arithmetic is that of {@link #sgdStep}, operation for
     * operation: the products x_j u_j v_j are formed in the same order and summed by the same
     * {@link Sums#sum}, so the parameters end bit for bit as with single steps.
     */
    @Override
    public int sgdSteps(double[] params, double[] x, StepChunk chunk, double[] grad) {
        if (chunk.batchSize() != 1) {
            return Model.super.sgdSteps(params, x, chunk, grad);
        }
        ensureScratch();
        double[] u = uScratch;
        double[] v = vScratch;
        double[] p = products;
        double[][] xRows = rowsOf(x);
        System.arraycopy(params, 0, u, 0, d);
        System.arraycopy(params, d, v, 0, d);
        int[] rows = chunk.rows();
        double[] labels = chunk.labels();
        double[] stepSizes = chunk.stepSizes();
        double[] losses = chunk.losses();
        double cap = chunk.lossCap();
        int count = chunk.count();
        int taken = 0;
        double[] xr = count > 0 ? xRows[rows[0]] : null;
        if (count > 0) {
            for (int j = 0; j < d; j++) {
                p[j] = xr[j] * u[j] * v[j];
            }
        }
        while (taken < count) {
            double r = Sums.sum(p, d) - labels[taken];
            double c = stepSizes[taken] * r;
            double loss = 0.5 * r * r;
            losses[taken++] = loss;
            if (taken < count && loss <= cap) {
                // update, and form the next step's products from the updated u and v in the same pass
                double[] xn = xRows[rows[taken]];
                for (int j = 0; j < d; j++) {
                    double cx = c * xr[j];
                    double uj = u[j];
                    double vj = v[j];
                    double nu = uj - cx * vj;
                    double nv = vj - cx * uj;
                    u[j] = nu;
                    v[j] = nv;
                    p[j] = xn[j] * nu * nv;
                }
                xr = xn;
            } else {
                for (int j = 0; j < d; j++) {
                    double cx = c * xr[j];
                    double uj = u[j];
                    double vj = v[j];
                    u[j] = uj - cx * vj;
                    v[j] = vj - cx * uj;
                }
                if (!(loss <= cap)) {
                    break;
                }
            }
        }
        System.arraycopy(u, 0, params, 0, d);
        System.arraycopy(v, 0, params, d, d);
        return taken;
    }
}
