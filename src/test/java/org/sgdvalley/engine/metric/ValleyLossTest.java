package org.sgdvalley.engine.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.Rng;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.data.GroundTruth;
import org.sgdvalley.engine.model.DiagonalNetwork;
import org.sgdvalley.engine.model.Model;
import org.sgdvalley.engine.model.ModelSpec;

class ValleyLossTest {
    private final Dataset data = new DataSpec.Sparse(20, 10, 30, 3, 7).generate();
    private final DiagonalNetwork model = new DiagonalNetwork(30, 0.1, 0.0);

    /** A point off the valley: the interpolating beta* = u * v with u = v = sqrt(beta*), then pushed. */
    private double[] offTheValley() {
        double[] beta = ((GroundTruth.SparseVector) data.truth()).betaStar();
        double[] params = new double[60];
        for (int j = 0; j < 30; j++) {
            params[j] = Math.sqrt(beta[j]) + 0.3;
            params[30 + j] = Math.sqrt(beta[j]) + 0.3;
        }
        return params;
    }

    @Test
    void gradientDescentToTheFloorLowersTheLoss() {
        double[] params = offTheValley();
        double[] copy = params.clone();
        double raw = model.loss(params, data.xTrain(), data.yTrain());
        double floor = evaluate(model, data, params, MetricOptions.diagonalDefaults());
        assertThat(raw).isGreaterThan(0.1);
        assertThat(floor).isGreaterThanOrEqualTo(0).isLessThan(1e-3 * raw);
        assertThat(params).containsExactly(copy);
    }

    @Test
    void divergingProjectionOrNonFiniteIterateGivesNaN() {
        double[] params = offTheValley();
        assertThat(evaluate(model, data, params, new MetricOptions(0.99, 1e-15, 1e3, 50))).isNaN();
        params[3] = Double.NaN;
        assertThat(evaluate(model, data, params, MetricOptions.diagonalDefaults())).isNaN();
    }

    @Test
    void everyNewMetricIsRegisteredAndRunsOnAReluNetwork() {
        assertThat(MetricRegistry.names()).contains("rank", "feature_sparsity", "sharpness", "valley_loss");
        Dataset teacher = new DataSpec.Teacher(15, 50, 2, List.of(3), false, true, 3).generate();
        Model relu = new ModelSpec.Relu(List.of(20), false, false, new ModelSpec.Init(ModelSpec.Init.Distribution.NORMAL, 0.5), new ModelSpec.Init(ModelSpec.Init.Distribution.NORMAL, 0.5), new ModelSpec.Init(ModelSpec.Init.Distribution.NORMAL, 0.0), new ModelSpec.Init(ModelSpec.Init.Distribution.CONSTANT, 0.0)).build(2);
        double[] params = new double[relu.parameterCount()];
        relu.initialize(params, new Rng(1));
        Arrays.fill(params, 40, 60, 0.3);
        MetricSet set = new MetricSet(List.of("train_loss", "rank", "feature_sparsity", "sharpness", "valley_loss"),
                relu);
        assertThat(set.columns()).containsExactly("train_loss", "rank", "feature_sparsity", "sharpness", "valley_loss");
        double[] row = set.evaluate(new MetricContext(relu, teacher, params, 0.1, MetricOptions.reluDefaults()));
        assertThat(row).doesNotContain(Double.NaN);
        assertThat(row[1]).isBetween(1.0, 60.0);
        assertThat(row[4]).isLessThan(row[0]);
    }

    private static double evaluate(Model model, Dataset data, double[] params, MetricOptions options) {
        double[] out = new double[1];
        new ValleyLoss().evaluate(new MetricContext(model, data, params, 0.1, options), out, 0);
        return out[0];
    }
}
