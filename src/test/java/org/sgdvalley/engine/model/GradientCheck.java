package org.sgdvalley.engine.model;

/** Central finite differences of a model's batch loss and prediction, for gradient tests. */
final class GradientCheck {
    static final double H = 1e-6;

    private GradientCheck() {
    }

    /** The mean batch loss lossScale * (h(x) - y)^2, computed from predictions only. */
    static double batchLoss(Model model, double[] params, double[] x, int[] batch, double[] labels, int size) {
        int d = model.inputDimension();
        double sum = 0;
        for (int b = 0; b < size; b++) {
            double r = model.predict(params, x, batch[b] * d) - labels[b];
            sum += r * r;
        }
        return model.lossScale() * sum / size;
    }

    /** Finite-difference gradient of {@link #batchLoss}. */
    static double[] lossGradient(Model model, double[] params, double[] x, int[] batch, double[] labels, int size) {
        double[] g = new double[params.length];
        double[] p = params.clone();
        for (int j = 0; j < p.length; j++) {
            p[j] = params[j] + H;
            double plus = batchLoss(model, p, x, batch, labels, size);
            p[j] = params[j] - H;
            double minus = batchLoss(model, p, x, batch, labels, size);
            p[j] = params[j];
            g[j] = (plus - minus) / (2 * H);
        }
        return g;
    }

    /** Finite-difference gradient of h at the input row at {@code offset}. */
    static double[] predictionGradient(Model model, double[] params, double[] x, int offset) {
        double[] g = new double[params.length];
        double[] p = params.clone();
        for (int j = 0; j < p.length; j++) {
            p[j] = params[j] + H;
            double plus = model.predict(p, x, offset);
            p[j] = params[j] - H;
            double minus = model.predict(p, x, offset);
            p[j] = params[j];
            g[j] = (plus - minus) / (2 * H);
        }
        return g;
    }

    /** Largest |a_j - b_j| / max(1, |b_j|). */
    static double maxRelativeError(double[] a, double[] b) {
        double worst = 0;
        for (int j = 0; j < b.length; j++) {
            worst = Math.max(worst, Math.abs(a[j] - b[j]) / Math.max(1.0, Math.abs(b[j])));
        }
        return worst;
    }
}
