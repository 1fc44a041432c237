package org.sgdvalley.engine.metric;

import java.util.ArrayList;
import java.util.List;
import org.sgdvalley.engine.model.FeatureModel;
import org.sgdvalley.engine.model.Model;

/**
 * Feature sparsity of a ReLU network, one value per hidden layer (columns {@code feature_sparsity}
 * for one hidden layer, {@code feature_sparsity_1}, {@code feature_sparsity_2}, ... for deeper ones).
 *
 * <p>Phi = post-ReLU features of the training inputs (n x m). Each row is scaled to unit l2 norm (a
 * zero row stays zero). Neurons with at least one positive activation are kept. Kept neurons are
 * scanned in order: neuron i is dropped if |Pearson correlation| &gt; tau with any other neuron that
 * is still kept. The result is the number of non-zero entries in the surviving columns / (n m),
 * where m counts all neurons; lower is sparser, and it is 0 when no neuron is active.
 * A constant column has an undefined correlation, taken as "not correlated", so such a neuron is
 * never dropped and never causes a drop; a column counts as constant when its standard deviation is
 * below {@value #CONSTANT_STD} (entries are at most 1 after row normalization, and rounding alone
 * leaves a constant column with a spread of a few 1e-17). tau is {@link MetricOptions#correlationThreshold()}.
 *
 * <p>Computed with plain loops: m is at most a few hundred and correlations are only needed against
 * still-kept neurons.
 */
final class FeatureSparsity implements Metric {

    @Override
    public boolean expensive() {
        return true;
    }
    /** Columns with a standard deviation below this are constant. */
    static final double CONSTANT_STD = 1e-12;

    @Override
    public String name() {
        return "feature_sparsity";
    }

    @Override
    public boolean appliesTo(Model model) {
        return model instanceof FeatureModel;
    }

    @Override
    public List<String> columns(Model model) {
        int layers = ((FeatureModel) model).hiddenLayers();
        if (layers == 1) {
            return List.of(name());
        }
        List<String> columns = new ArrayList<>();
        for (int l = 1; l <= layers; l++) {
            columns.add(name() + "_" + l);
        }
        return columns;
    }

    @Override
    public void evaluate(MetricContext context, double[] out, int offset) {
        FeatureModel model = (FeatureModel) context.model();
        double[] x = context.data().xTrain();
        int n = context.data().n();
        for (int l = 1; l <= model.hiddenLayers(); l++) {
            double[] phi = model.features(context.params(), x, n, l);
            out[offset + l - 1] = of(phi, n, model.width(l), context.options().correlationThreshold());
        }
    }

    /**
     * Feature sparsity of the n x m row-major feature matrix {@code phi} (not modified) with
     * correlation threshold {@code tau}; NaN if an entry is not finite or the matrix is empty.
     */
    static double of(double[] phi, int n, int m, double tau) {
        if (n == 0 || m == 0) {
            return Double.NaN;
        }
        for (double v : phi) {
            if (!Double.isFinite(v)) {
                return Double.NaN;
            }
        }
        double[] f = normalizeRows(phi, n, m);
        boolean[] kept = new boolean[m];
        for (int j = 0; j < m; j++) {
            for (int i = 0; i < n && !kept[j]; i++) {
                kept[j] = f[i * m + j] > 0;
            }
        }
        for (int j = 0; j < m; j++) {
            if (kept[j] && correlatedWithKept(f, n, m, j, kept, tau)) {
                kept[j] = false;
            }
        }
        int nonZero = 0;
        for (int j = 0; j < m; j++) {
            for (int i = 0; kept[j] && i < n; i++) {
                if (f[i * m + j] != 0) {
                    nonZero++;
                }
            }
        }
        return nonZero / ((double) n * m);
    }

    private static boolean correlatedWithKept(double[] f, int n, int m, int j, boolean[] kept, double tau) {
        for (int k = 0; k < m; k++) {
            if (k != j && kept[k] && Math.abs(pearson(f, n, m, j, k)) > tau) {
                return true;
            }
        }
        return false;
    }

    /** Pearson correlation of columns j and k; 0 (not correlated) if either is constant. */
    static double pearson(double[] f, int n, int m, int j, int k) {
        double meanJ = 0;
        double meanK = 0;
        for (int i = 0; i < n; i++) {
            meanJ += f[i * m + j];
            meanK += f[i * m + k];
        }
        meanJ /= n;
        meanK /= n;
        double cov = 0;
        double varJ = 0;
        double varK = 0;
        for (int i = 0; i < n; i++) {
            double a = f[i * m + j] - meanJ;
            double b = f[i * m + k] - meanK;
            cov += a * b;
            varJ += a * a;
            varK += b * b;
        }
        double minVariance = n * CONSTANT_STD * CONSTANT_STD;
        if (!(varJ > minVariance) || !(varK > minVariance)) {
            return 0;
        }
        return cov / Math.sqrt(varJ * varK);
    }

    private static double[] normalizeRows(double[] phi, int n, int m) {
        double[] f = phi.clone();
        for (int i = 0; i < n; i++) {
            double norm2 = 0;
            for (int j = 0; j < m; j++) {
                norm2 += f[i * m + j] * f[i * m + j];
            }
            if (norm2 > 0) {
                double inv = 1.0 / Math.sqrt(norm2);
                for (int j = 0; j < m; j++) {
                    f[i * m + j] *= inv;
                }
            }
        }
        return f;
    }
}
