package org.sgdvalley.engine.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.data.GroundTruth;
import org.sgdvalley.engine.model.DiagonalNetwork;
import org.sgdvalley.engine.model.Model;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.model.ReluNetwork;

class JacobianRankTest {
    private static final ModelSpec.Init ONE = new ModelSpec.Init(ModelSpec.Init.Distribution.CONSTANT, 1.0);

    @Test
    void singularValuesOfAHandCheckedMatrix() {
        // [[3, 0], [0, 4], [0, 0]] has singular values 4 and 3
        assertThat(Linalg.singularValues(new double[] {3, 0, 0, 4, 0, 0}, 3, 2))
                .containsExactly(new double[] {4, 3}, within(1e-12));
        // a wide 2 x 3 matrix: rows (1, 1, 0) and (1, -1, 0) have singular values sqrt 2, sqrt 2
        assertThat(Linalg.singularValues(new double[] {1, 1, 0, 1, -1, 0}, 2, 3))
                .containsExactly(new double[] {Math.sqrt(2), Math.sqrt(2)}, within(1e-12));
    }

    @Test
    void rankCountsSingularValuesAboveTheRelativeThreshold() {
        double[] diag = {3, 0, 0, 0, 2, 0, 0, 0, 1e-5};
        assertThat(JacobianRank.rank(diag, 3, 3, 1e-4)).isEqualTo(2);
        assertThat(JacobianRank.rank(diag, 3, 3, 1e-6)).isEqualTo(3);
        // the threshold is relative to s_1: scaling the matrix changes nothing
        double[] scaled = diag.clone();
        for (int i = 0; i < scaled.length; i++) {
            scaled[i] *= 1e-8;
        }
        assertThat(JacobianRank.rank(scaled, 3, 3, 1e-4)).isEqualTo(2);
    }

    @Test
    void rankOfOuterProductZeroAndNonFiniteMatrices() {
        double[] outer = new double[12];
        double[] a = {1, -2, 3};
        double[] b = {0.5, 1, -1, 2};
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                outer[i * 4 + j] = a[i] * b[j];
            }
        }
        assertThat(JacobianRank.rank(outer, 3, 4, 1e-15)).isEqualTo(1);
        assertThat(JacobianRank.rank(new double[6], 2, 3, 1e-4)).isZero();
        assertThat(JacobianRank.rank(new double[] {1, Double.NaN}, 1, 2, 1e-4)).isNaN();
    }

    @Test
    void diagonalNetworkUsesTwoDTestPoints() {
        int d = 5;
        Dataset data = new DataSpec.Sparse(8, 100, d, 2, 1).generate();
        DiagonalNetwork model = new DiagonalNetwork(d, 0.1, 0.0);
        double[] params = new double[2 * d];
        model.initialize(params, null);
        // phi = [X * v, X * u] = [0, 0.1 X] on 2d = 10 test points: rank d
        assertThat(evaluate(model, data, params)).isEqualTo(d);
        // u_1 = 0 and v = 0 zero a column: rank d - 1
        params[0] = 0;
        assertThat(evaluate(model, data, params)).isEqualTo(d - 1);
        // with only 3 test points the rank is at most 3
        Dataset few = new Dataset(d, data.xTrain(), data.yTrain(), Arrays.copyOf(data.xTest(), 3 * d),
                Arrays.copyOf(data.yTest(), 3), data.truth());
        assertThat(evaluate(model, few, params)).isEqualTo(3);
        params[1] = Double.POSITIVE_INFINITY;
        assertThat(evaluate(model, data, params)).isNaN();
    }

    @Test
    void reluNetworkUsesTheFirstPTestPoints() {
        // h(x) = a ReLU(w x) with w = 1, a = 2: P = 2, gradient (a x 1{x > 0}, ReLU(x))
        ReluNetwork model = new ReluNetwork(1, List.of(1), false, false, ONE, ONE, ONE, ONE);
        double[] params = {1, 2};
        // the first P = 2 test points are inactive: a zero Jacobian, rank 0 (the first 2P would give rank 1)
        double[] xTest = {-1, -2, 3, 4};
        Dataset data = new Dataset(1, new double[] {1}, new double[] {0}, xTest, new double[4], new GroundTruth.None());
        assertThat(evaluateRelu(model, data, params)).isZero();
        // with an active point among the first two the rank is 1
        xTest[1] = 3;
        assertThat(evaluateRelu(model, data, params)).isEqualTo(1);
    }

    @Test
    void e4RankIgnoresKinksOutsideTheTrainingRange() {
        // neuron 1 has its kink at x = 1.5, just past the last training point 1.445; neuron 2 is active on
        // [-2, inf). On points inside [min x, max x] only neuron 2 moves: columns a2 x, a2, x + 2 have rank 2.
        // A grid over [min x - 0.25, max x + 0.25] would put a point at 1.695 and give rank 3.
        ReluNetwork model = new ReluNetwork(1, List.of(2), true, false, ONE, ONE, ONE, ONE);
        double[] params = {1, 1, -1.5, 2, 1, 1}; // W_1 = (1, 1), b_1 = (-1.5, 2), a = (1, 1)
        Dataset data = new DataSpec.Points1d(6).generate();
        assertThat(Arrays.stream(data.xTest()).boxed()).allSatisfy(x -> assertThat(x).isBetween(data.xTrain()[0], data.xTrain()[11]));
        assertThat(evaluateRelu(model, data, params)).isEqualTo(2);
    }

    private static double evaluateRelu(Model model, Dataset data, double[] params) {
        double[] out = new double[1];
        new JacobianRank().evaluate(new MetricContext(model, data, params, 0.1, MetricOptions.reluDefaults()), out, 0);
        return out[0];
    }

    private static double evaluate(DiagonalNetwork model, Dataset data, double[] params) {
        double[] out = new double[1];
        new JacobianRank().evaluate(new MetricContext(model, data, params, 0.1, MetricOptions.diagonalDefaults()), out, 0);
        return out[0];
    }
}
