package org.sgdvalley.engine.landscape;

import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.metric.Sharpness;
import org.sgdvalley.engine.model.Model;

/**
 * The training loss along the sharpest direction through the current iterate w: L(w + t v) with v the
 * top Hessian eigenvector, and the recent iterates placed on that curve at t_k = &lt;w_k - w, v&gt;.
 * A bouncing run shows its recent iterates on alternating sides of the valley.
 *
 * @param t          positions along v
 * @param loss       L(w + t v)
 * @param dotT       t_k of the recent iterates, oldest first
 * @param dotLoss    L(w + t_k v), so the dots sit on the curve
 * @param sharpness  the top eigenvalue
 */
public record CrossSection(double[] t, double[] loss, double[] dotT, double[] dotLoss, double sharpness) {

    /**
     * The cross-section at {@code current} with {@code samples} points, wide enough to show every recent
     * iterate, from the top eigenpair given (see {@link Sharpness#topEigenpair}).
     */
    public static CrossSection compute(Model model, Dataset data, double[] current, Sharpness.Eigenpair top,
                                       double[][] recent, int samples) {
        double[] v = top.vector();
        double[] dotT = new double[recent.length];
        double reach = 0;
        for (int k = 0; k < recent.length; k++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += (recent[k][j] - current[j]) * v[j];
            }
            dotT[k] = s;
            if (Double.isFinite(s)) {
                reach = Math.max(reach, Math.abs(s));
            }
        }
        double scale = 0;
        for (double c : current) {
            scale = Math.max(scale, Math.abs(c));
        }
        double half = Math.max(1.6 * reach, 0.05 * Math.max(scale, 1e-3));
        double[] t = new double[samples];
        double[] loss = new double[samples];
        double[] w = new double[current.length];
        for (int i = 0; i < samples; i++) {
            t[i] = -half + 2 * half * i / (samples - 1);
            loss[i] = lossAt(model, data, current, v, t[i], w);
        }
        double[] dotLoss = new double[recent.length];
        for (int k = 0; k < recent.length; k++) {
            dotLoss[k] = lossAt(model, data, current, v, dotT[k], w);
        }
        return new CrossSection(t, loss, dotT, dotLoss, top.value());
    }

    private static double lossAt(Model model, Dataset data, double[] w0, double[] v, double t, double[] w) {
        for (int j = 0; j < w.length; j++) {
            w[j] = w0[j] + t * v[j];
        }
        return model.loss(w, data.xTrain(), data.yTrain());
    }
}
