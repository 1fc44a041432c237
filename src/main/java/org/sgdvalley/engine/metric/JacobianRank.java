package org.sgdvalley.engine.metric;

import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.model.DiagonalNetwork;
import org.sgdvalley.engine.model.Model;

/**
 * rank(phi_theta(X)): the number of singular values s_i of the Jacobian phi (row i = gradient of
 * h(x_i) with respect to all parameters) with s_i / s_1 &gt; {@link MetricOptions#rankThreshold()}.
 *
 * <p>Rows, as the authors' code takes them: the first min(nTest, 2d) test inputs for a diagonal network
 * (the paper's 2d test points), the first min(nTest, P) test inputs for other models, P being the number
 * of parameters ({@code X_test[:n_params]}), or the training inputs when there is no test set. A zero
 * Jacobian has rank 0; a non-finite one gives NaN.
 */
final class JacobianRank implements Metric {

    @Override
    public boolean expensive() {
        return true;
    }

    @Override
    public String name() {
        return "rank";
    }

    @Override
    public boolean appliesTo(Model model) {
        return true;
    }

    @Override
    public void evaluate(MetricContext context, double[] out, int offset) {
        Model model = context.model();
        Dataset data = context.data();
        boolean useTest = data.nTest() > 0;
        double[] x = useTest ? data.xTest() : data.xTrain();
        int available = useTest ? data.nTest() : data.n();
        int wanted = model instanceof DiagonalNetwork ? 2 * model.inputDimension() : model.parameterCount();
        int rows = Math.min(available, wanted);
        double[] phi = jacobian(model, context.params(), x, rows);
        out[offset] = rank(phi, rows, model.parameterCount(), context.options().rankThreshold());
    }

    /** The rows x parameterCount Jacobian of h at the first {@code rows} rows of {@code x}, row-major. */
    static double[] jacobian(Model model, double[] params, double[] x, int rows) {
        int p = model.parameterCount();
        int d = model.inputDimension();
        double[] phi = new double[Math.multiplyExact(rows, p)];
        double[] row = new double[p];
        for (int i = 0; i < rows; i++) {
            model.predictionGradient(params, x, i * d, row);
            System.arraycopy(row, 0, phi, i * p, p);
        }
        return phi;
    }

    /**
     * Number of singular values of the row-major rows x cols matrix with s_i / s_1 &gt; threshold;
     * 0 for a zero (or empty) matrix, NaN if an entry is not finite.
     */
    static double rank(double[] matrix, int rows, int cols, double threshold) {
        for (double v : matrix) {
            if (!Double.isFinite(v)) {
                return Double.NaN;
            }
        }
        double[] s = Linalg.singularValues(matrix, rows, cols);
        if (s.length == 0 || !(s[0] > 0)) {
            return 0;
        }
        int count = 0;
        for (double si : s) {
            if (si / s[0] > threshold) {
                count++;
            }
        }
        return count;
    }
}
