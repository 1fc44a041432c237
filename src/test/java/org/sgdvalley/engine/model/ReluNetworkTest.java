package org.sgdvalley.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.Rng;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.model.ModelSpec.Init;
import org.sgdvalley.engine.model.ModelSpec.Init.Distribution;

class ReluNetworkTest {
    static final ModelSpec.Relu E4 = new ModelSpec.Relu(List.of(100), true, false, new Init(Distribution.SIGN, 2.5),
            new Init(Distribution.NORMAL, 1.0), new Init(Distribution.NORMAL, 2.5), new Init(Distribution.NORMAL, 4.0));
    static final ModelSpec.Relu E5 = new ModelSpec.Relu(List.of(20), false, false, new Init(Distribution.NORMAL, 0.5),
            new Init(Distribution.NORMAL, 0.5), new Init(Distribution.NORMAL, 0.0), new Init(Distribution.CONSTANT, 0.0));
    static final ModelSpec.Relu E6 = new ModelSpec.Relu(List.of(10, 10), true, true, new Init(Distribution.NORMAL, 0.8),
            new Init(Distribution.NORMAL, 0.8), new Init(Distribution.NORMAL, 0.8), new Init(Distribution.NORMAL, 0.8));

    @Test
    void parameterLayoutOfThePaperConfigurations() {
        ReluNetwork e4 = (ReluNetwork) E4.build(1);
        assertThat(e4.parameterCount()).isEqualTo(300);
        assertThat(new int[] {e4.weightOffset(1), e4.biasOffset(1), e4.outputOffset(), e4.outputBiasOffset()})
                .containsExactly(0, 100, 200, -1);
        ReluNetwork e5 = (ReluNetwork) E5.build(2);
        assertThat(e5.parameterCount()).isEqualTo(60);
        assertThat(e5.biasOffset(1)).isEqualTo(-1);
        ReluNetwork e6 = (ReluNetwork) E6.build(5);
        assertThat(e6.parameterCount()).isEqualTo(50 + 10 + 100 + 10 + 10 + 1);
        assertThat(new int[] {e6.weightOffset(2), e6.biasOffset(2), e6.outputOffset(), e6.outputBiasOffset()})
                .containsExactly(60, 160, 170, 180);
        assertThat(e6.hiddenLayers()).isEqualTo(2);
        assertThat(e6.width(2)).isEqualTo(10);
    }

    @Test
    void initializationFollowsTheSpec() {
        ReluNetwork e4 = (ReluNetwork) E4.build(1);
        double[] p = new double[300];
        e4.initialize(p, new Rng(3));
        for (int j = 0; j < 100; j++) {
            assertThat(Math.abs(p[j])).isEqualTo(2.5);
        }
        assertThat(Arrays.stream(p, 0, 100).filter(w -> w > 0).count()).isBetween(30L, 70L);
        assertThat(Arrays.stream(p, 100, 200).map(Math::abs).max().orElseThrow()).isGreaterThan(2.5);
        double[] q = new double[300];
        e4.initialize(q, new Rng(3));
        assertThat(q).containsExactly(p);

        ReluNetwork e5 = (ReluNetwork) E5.build(2);
        double[] p5 = new double[60];
        e5.initialize(p5, new Rng(4));
        assertThat(Arrays.copyOfRange(p5, 40, 60)).containsOnly(0.0);
        assertThat(Arrays.stream(p5, 0, 40).allMatch(w -> w != 0)).isTrue();
    }

    @Test
    void forwardPassByHand() {
        // d = 2, hidden [2] with biases, output bias: W = [[1, -1], [2, 0.5]], b = [0.5, -10], a = [3, 7], c = 0.25
        ReluNetwork net = new ReluNetwork(2, List.of(2), true, true, E6.firstLayer(), E6.deeperLayers(),
                E6.biases(), E6.output());
        double[] p = {1, -1, 2, 0.5, 0.5, -10, 3, 7, 0.25};
        double[] x = {2, 1};
        // z = [2 - 1 + 0.5, 4 + 0.5 - 10] = [1.5, -5.5] -> h = [1.5, 0]
        assertThat(net.predict(p, x, 0)).isCloseTo(3 * 1.5 + 0.25, within(1e-15));
        assertThat(net.features(p, x, 1, 1)).containsExactly(1.5, 0.0);
        double[] grad = new double[9];
        double loss = net.lossAndGradient(p, x, new int[] {0}, new double[] {1.0}, 1, grad);
        assertThat(loss).isCloseTo(3.75 * 3.75, within(1e-12));
    }

    @Test
    void e4GradientAtInitialization() {
        Dataset data = new DataSpec.Points1d(0).generate();
        Model model = E4.build(1);
        double[] params = initialized(model, 1);
        checkGradients(model, params, data, new int[] {0, 5, 11, 5}, 1e-6);
        checkGradients(model, params, data, new int[] {7}, 1e-6);
    }

    @Test
    void e5GradientAtInitializationAndAtAPointWithOutputWeights() {
        Dataset data = new DataSpec.Teacher(15, 0, 2, List.of(3), false, true, 5).generate();
        Model model = E5.build(2);
        double[] params = initialized(model, 2);
        checkGradients(model, params, data, new int[] {0, 1, 2, 3, 14}, 1e-6);
        Rng rng = new Rng(9);
        for (int j = 40; j < 60; j++) {
            params[j] = rng.nextGaussian();
        }
        checkGradients(model, params, data, new int[] {0, 1, 2, 3, 14}, 1e-6);
        checkGradients(model, params, data, new int[] {6}, 1e-6);
    }

    @Test
    void e6GradientOfADeepNetwork() {
        Dataset data = new DataSpec.Teacher(50, 0, 5, List.of(2, 2), true, false, 6).generate();
        Model model = E6.build(5);
        double[] params = initialized(model, 3);
        checkGradients(model, params, data, new int[] {0, 10, 20, 30, 40, 49, 10}, 1e-6);
        checkGradients(model, params, data, new int[] {17}, 1e-6);
    }

    @Test
    void defaultSgdStepMovesAgainstTheGradient() {
        Dataset data = new DataSpec.Points1d(0).generate();
        Model model = E4.build(1);
        double[] params = initialized(model, 1);
        double[] grad = new double[300];
        int[] batch = {4};
        double[] labels = {data.yTrain()[4]};
        double before = model.lossAndGradient(params, data.xTrain(), batch, labels, 1, grad);
        double[] expected = params.clone();
        for (int j = 0; j < 300; j++) {
            expected[j] -= 1e-4 * grad[j];
        }
        double loss = model.sgdStep(params, data.xTrain(), batch, labels, 1, 1e-4, new double[300]);
        assertThat(loss).isEqualTo(before);
        assertThat(params).containsExactly(expected);
        assertThat(GradientCheck.batchLoss(model, params, data.xTrain(), batch, labels, 1)).isLessThan(before);
    }

    @Test
    void rejectsAnEmptyOrZeroWidthNetwork() {
        assertThatThrownBy(() -> new ModelSpec.Relu(List.of(), false, false, E5.firstLayer(), E5.deeperLayers(),
                E5.biases(), E5.output()).build(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModelSpec.Relu(List.of(3, 0), false, false, E5.firstLayer(), E5.deeperLayers(),
                E5.biases(), E5.output()).build(2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double[] initialized(Model model, long seed) {
        double[] params = new double[model.parameterCount()];
        model.initialize(params, new Rng(seed));
        return params;
    }

    /** Loss gradient and every sample's prediction gradient against finite differences. */
    private static void checkGradients(Model model, double[] params, Dataset data, int[] batch, double tolerance) {
        double[] x = data.xTrain();
        assertNoKinkCrossed((ReluNetwork) model, params, x, data.n());
        double[] labels = new double[batch.length];
        for (int b = 0; b < batch.length; b++) {
            labels[b] = data.yTrain()[batch[b]] + 0.1 * b;
        }
        double[] grad = new double[model.parameterCount()];
        double loss = model.lossAndGradient(params, x, batch, labels, batch.length, grad);
        assertThat(loss).isCloseTo(GradientCheck.batchLoss(model, params, x, batch, labels, batch.length),
                within(1e-10 * Math.max(1, loss)));
        double[] numeric = GradientCheck.lossGradient(model, params, x, batch, labels, batch.length);
        assertThat(GradientCheck.maxRelativeError(grad, numeric)).isLessThan(tolerance);
        assertThat(Arrays.stream(grad).map(Math::abs).max().orElseThrow()).isGreaterThan(1e-3);
        int d = model.inputDimension();
        double[] row = new double[model.parameterCount()];
        for (int i : batch) {
            model.predictionGradient(params, x, i * d, row);
            assertThat(GradientCheck.maxRelativeError(row, GradientCheck.predictionGradient(model, params, x, i * d)))
                    .as("prediction gradient at sample %d", i).isLessThan(tolerance);
        }
    }

    /** The finite differences are valid only if no unit changes side of its kink within +-H. */
    private static void assertNoKinkCrossed(ReluNetwork model, double[] params, double[] x, int rows) {
        String pattern = activationPattern(model, params, x, rows);
        double[] p = params.clone();
        for (int j = 0; j < p.length; j++) {
            for (double sign : new double[] {-1, 1}) {
                p[j] = params[j] + sign * GradientCheck.H;
                assertThat(activationPattern(model, p, x, rows)).as("kink crossed by parameter %d", j)
                        .isEqualTo(pattern);
            }
            p[j] = params[j];
        }
    }

    private static String activationPattern(ReluNetwork model, double[] params, double[] x, int rows) {
        StringBuilder s = new StringBuilder();
        for (int l = 1; l <= model.hiddenLayers(); l++) {
            for (double f : model.features(params, x, rows, l)) {
                s.append(f > 0 ? '1' : '0');
            }
        }
        return s.toString();
    }
}
