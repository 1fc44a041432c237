package org.sgdvalley.ui.classroom;

import java.util.Map;

/**
 * Every metric's definition in plain words and as a formula, for tooltips and the side panel.
 * Definitions follow the paper (Andriushchenko et al., ICML 2023) and the app's conventions.
 */
public final class MetricGlossary {

    /** A metric's name on screen, what it means, and how it is computed. */
    public record Definition(String title, String plain, String formula) {
        /** Title, plain words and formula on three lines, for a tooltip. */
        public String text() {
            return title + "\n" + plain + "\n" + formula;
        }
    }

    private static final Map<String, Definition> DEFINITIONS = Map.ofEntries(
            Map.entry("train_loss", new Definition("Training loss",
                    "How badly the model fits the training points. With a large step size it stops falling and "
                            + "bounces in a band (loss stabilization).",
                    "L(theta) = (1/2n) sum_i (h(x_i) - y_i)^2   (ReLU nets: no 1/2)")),
            Map.entry("test_loss", new Definition("Test loss",
                    "The same error on fresh points the model never trained on: how well it generalizes.",
                    "L_test = (1/2 n_test) sum_j (h(x_j) - y_j)^2")),
            Map.entry("valley_loss", new Definition("Valley-floor loss",
                    "The loss after sliding the current point down to the floor of the valley. The gap to the "
                            + "training loss is the height at which SGD bounces.",
                    "L(GD^2000(theta)), 2000 full-batch GD steps with eta = 0.5 from theta")),
            Map.entry("l0", new Definition("l0 of beta = u*v",
                    "How many of the d coordinates of the learned predictor are not zero. Lower is sparser; "
                            + "the target has only k non-zeros.",
                    "||u*v||_0 = #{ i : |u_i v_i| > 1e-50 }")),
            Map.entry("l1", new Definition("l1 of beta = u*v",
                    "The total size of the learned predictor's coordinates; the sparse interpolator has the "
                            + "smallest l1 among all that fit the data.",
                    "||u*v||_1 = sum_i |u_i v_i|")),
            Map.entry("rank", new Definition("rank(phi)",
                    "How many independent directions the model's features span on the data. Fewer means "
                            + "simpler features.",
                    "#{ i : s_i / s_1 > tau }, s = singular values of the Jacobian phi (row i = grad_theta h(x_i)); "
                            + "tau = 1e-15 diagonal net, 1e-4 ReLU")),
            Map.entry("feature_sparsity", new Definition("Feature sparsity",
                    "The share of neuron activations that are non-zero, counting duplicated neurons once. Lower "
                            + "means fewer, sparser features.",
                    "nnz(Phi kept columns) / (n m), Phi = ReLU features, rows normalized, neurons with |corr| > tau "
                            + "dropped")),
            Map.entry("sharpness", new Definition("Sharpness",
                    "The steepest curvature of the loss. Gradient descent is stable only while it stays below "
                            + "2 / eta (the edge of stability).",
                    "lambda_max(Hessian of L)   vs   2 / eta")),
            Map.entry("step_size", new Definition("Step size eta",
                    "How far each SGD step moves along the gradient. Large steps bounce across the valley; "
                            + "a decay lets the loss drop.",
                    "theta_{t+1} = theta_t - eta_t grad L_{i_t}(theta_t)")));

    private MetricGlossary() {
    }

    /** The definition of a metric (per-layer names such as feature_sparsity_1 use their base), or null. */
    public static Definition of(String metric) {
        if (metric == null) {
            return null;
        }
        Definition d = DEFINITIONS.get(metric);
        if (d == null) {
            String base = metric.replaceAll("_?\\d+$", "");
            d = DEFINITIONS.get(base);
        }
        return d;
    }
}
