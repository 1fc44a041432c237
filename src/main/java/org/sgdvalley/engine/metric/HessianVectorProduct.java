package org.sgdvalley.engine.metric;

import java.util.Arrays;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.model.Model;

/**
 * A product v -&gt; H v with the Hessian H of the full-batch training loss at a fixed iterate,
 * without forming H.
 */
@FunctionalInterface
interface HessianVectorProduct {

    /** Writes H v into {@code out} ({@code v} is not modified). */
    void apply(double[] v, double[] out);

    /**
     * The diagonal network's closed form (loss ||X (u*v) - y||^2 / (2n), parameters [u, v]):
     * H = (1/n) [[V X'X V, V X'X U + D], [U X'X V + D, U X'X U]], D = diag(X'(X(u*v) - y)).
     * For a direction (p, q): with z = X'X (v*p + u*q), H (p, q) = (1/n) (v*z + D q, u*z + D p).
     */
    static HessianVectorProduct diagonal(int d, Dataset data, double[] params) {
        int n = data.n();
        double[] x = data.xTrain();
        double[] y = data.yTrain();
        double[] dDiag = new double[d];
        for (int i = 0; i < n; i++) {
            double r = -y[i];
            for (int j = 0; j < d; j++) {
                r += x[i * d + j] * params[j] * params[d + j];
            }
            for (int j = 0; j < d; j++) {
                dDiag[j] += x[i * d + j] * r;
            }
        }
        double[] u = Arrays.copyOfRange(params, 0, d);
        double[] w = Arrays.copyOfRange(params, d, 2 * d);
        double[] z = new double[d];
        double inv = 1.0 / n;
        return (v, out) -> {
            Arrays.fill(z, 0.0);
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    s += x[i * d + j] * (w[j] * v[j] + u[j] * v[d + j]);
                }
                for (int j = 0; j < d; j++) {
                    z[j] += x[i * d + j] * s;
                }
            }
            for (int j = 0; j < d; j++) {
                out[j] = inv * (w[j] * z[j] + dDiag[j] * v[d + j]);
                out[d + j] = inv * (u[j] * z[j] + dDiag[j] * v[j]);
            }
        };
    }

    /**
     * Central finite differences of the full-batch gradient of any model:
     * H v ~ (g(theta + e v) - g(theta - e v)) / (2 e), with e = 1e-5 max(1, ||theta||_inf) / ||v||.
     */
    static HessianVectorProduct finiteDifference(Model model, Dataset data, double[] params) {
        int p = model.parameterCount();
        int n = data.n();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        double scale = 1.0;
        for (double t : params) {
            scale = Math.max(scale, Math.abs(t));
        }
        double base = 1e-5 * scale;
        double[] shifted = new double[p];
        double[] gPlus = new double[p];
        double[] gMinus = new double[p];
        return (v, out) -> {
            double norm2 = 0;
            for (double c : v) {
                norm2 += c * c;
            }
            if (norm2 == 0) {
                Arrays.fill(out, 0.0);
                return;
            }
            double e = base / Math.sqrt(norm2);
            for (int j = 0; j < p; j++) {
                shifted[j] = params[j] + e * v[j];
            }
            model.lossAndGradient(shifted, data.xTrain(), all, data.yTrain(), n, gPlus);
            for (int j = 0; j < p; j++) {
                shifted[j] = params[j] - e * v[j];
            }
            model.lossAndGradient(shifted, data.xTrain(), all, data.yTrain(), n, gMinus);
            double inv = 1.0 / (2 * e);
            for (int j = 0; j < p; j++) {
                out[j] = (gPlus[j] - gMinus[j]) * inv;
            }
        };
    }
}
