package org.sgdvalley.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.Rng;
import org.sgdvalley.engine.model.ReluNetwork;

class TeacherDataTest {
    private static final DataSpec.Teacher E5 = new DataSpec.Teacher(15, 1000, 2, List.of(3), false, true, 42);
    private static final DataSpec.Teacher E6 = new DataSpec.Teacher(50, 1000, 5, List.of(2, 2), true, false, 42);

    @Test
    void e5ShapesUnitInputsUnitNeuronsAndSignOutputs() {
        Dataset data = E5.generate();
        assertThat(data.n()).isEqualTo(15);
        assertThat(data.nTest()).isEqualTo(1000);
        assertThat(data.xTrain()).hasSize(30);
        assertThat(data.xTest()).hasSize(2000);
        assertUnitRows(data.xTrain(), 2);
        assertUnitRows(data.xTest(), 2);
        GroundTruth.Teacher teacher = (GroundTruth.Teacher) data.truth();
        assertThat(teacher.neurons()).isEqualTo(3);
        assertUnitRows(teacher.firstLayer(), 2);
        assertThat(teacher.outputWeights()).hasSize(3);
        for (double a : teacher.outputWeights()) {
            assertThat(Math.abs(a)).isEqualTo(1.0);
        }
    }

    @Test
    void e5LabelsAreTheTeachersOutput() {
        Dataset data = E5.generate();
        GroundTruth.Teacher t = (GroundTruth.Teacher) data.truth();
        for (int i = 0; i < data.n(); i++) {
            double y = 0;
            for (int j = 0; j < 3; j++) {
                double z = t.firstLayer()[2 * j] * data.xTrain()[2 * i] + t.firstLayer()[2 * j + 1] * data.xTrain()[2 * i + 1];
                y += t.outputWeights()[j] * Math.max(z, 0);
            }
            assertThat(data.yTrain()[i]).isCloseTo(y, within(1e-14));
        }
    }

    @Test
    void e6DeepTeacherShapes() {
        Dataset data = E6.generate();
        assertThat(data.xTrain()).hasSize(250);
        assertThat(data.yTest()).hasSize(1000);
        assertUnitRows(data.xTrain(), 5);
        GroundTruth.Teacher teacher = (GroundTruth.Teacher) data.truth();
        assertThat(teacher.firstLayer()).hasSize(10);
        assertThat(teacher.outputWeights()).isEmpty();
        assertThat(Arrays.stream(data.yTrain()).distinct().count()).isGreaterThan(1);
    }

    @Test
    void e6TeacherHasPyTorchDefaultBiasesOnEveryLayerIncludingTheOutput() {
        // FCNet(5, [2, 2]) with init_gaussian: weights N(0,1); biases of nn.Linear's default,
        // uniform in +-1/sqrt(fan-in): 1/sqrt(5) for layer 1, 1/sqrt(2) for layer 2 and the output
        double[] bound = {1 / Math.sqrt(5), 1 / Math.sqrt(2), 1 / Math.sqrt(2)};
        double[][] sums = new double[3][2];
        int teachers = 2000;
        Rng rng = new Rng(7);
        for (int t = 0; t < teachers; t++) {
            TeacherData.Teacher teacher = TeacherData.teacher(5, List.of(2, 2), true, false, rng);
            ReluNetwork net = teacher.network();
            double[] p = teacher.params();
            assertThat(net.hasOutputBias()).isTrue();
            double[] biases = {p[net.biasOffset(1)], p[net.biasOffset(2)], p[net.outputBiasOffset()]};
            for (int l = 0; l < 3; l++) {
                assertThat(Math.abs(biases[l])).isLessThanOrEqualTo(bound[l]);
                sums[l][0] += biases[l];
                sums[l][1] += biases[l] * biases[l];
            }
        }
        for (int l = 0; l < 3; l++) {
            // uniform in +-b: mean 0, variance b^2 / 3 (standard error of the variance about 2 %)
            assertThat(sums[l][0] / teachers).isCloseTo(0, within(0.05));
            assertThat(sums[l][1] / teachers).isCloseTo(bound[l] * bound[l] / 3, within(0.1 * bound[l] * bound[l] / 3));
        }
    }

    @Test
    void e6LabelsAreTheTeachersForwardPassWithItsBiases() {
        TeacherData.Teacher teacher = TeacherData.teacher(5, List.of(2, 2), true, false, new Rng(42));
        ReluNetwork net = teacher.network();
        double[] p = teacher.params();
        double[] x = {0.1, -0.3, 0.5, 0.2, -0.7};
        double[] h1 = new double[2];
        for (int j = 0; j < 2; j++) {
            double z = p[net.biasOffset(1) + j];
            for (int k = 0; k < 5; k++) {
                z += p[net.weightOffset(1) + 5 * j + k] * x[k];
            }
            h1[j] = Math.max(z, 0);
        }
        double y = p[net.outputBiasOffset()];
        for (int j = 0; j < 2; j++) {
            double z = p[net.biasOffset(2) + j] + p[net.weightOffset(2) + 2 * j] * h1[0] + p[net.weightOffset(2) + 2 * j + 1] * h1[1];
            y += p[net.outputOffset() + j] * Math.max(z, 0);
        }
        assertThat(net.predict(p, x, 0)).isCloseTo(y, within(1e-14));
        assertThat(p[net.outputBiasOffset()]).isNotZero();
    }

    @Test
    void e5TeacherHasNoBias() {
        ReluNetwork net = TeacherData.teacher(2, List.of(3), false, true, new Rng(1)).network();
        assertThat(net.hasBias()).isFalse();
        assertThat(net.hasOutputBias()).isFalse();
        assertThat(net.parameterCount()).isEqualTo(9);
    }

    @Test
    void sameSeedSameDataOtherSeedOtherData() {
        Dataset a = E6.generate();
        Dataset b = E6.generate();
        assertThat(b.xTrain()).containsExactly(a.xTrain());
        assertThat(b.yTrain()).containsExactly(a.yTrain());
        assertThat(b.xTest()).containsExactly(a.xTest());
        assertThat(b.yTest()).containsExactly(a.yTest());
        Dataset c = new DataSpec.Teacher(50, 1000, 5, List.of(2, 2), true, false, 43).generate();
        assertThat(c.xTrain()).isNotEqualTo(a.xTrain());
    }

    private static void assertUnitRows(double[] m, int cols) {
        for (int i = 0; i < m.length / cols; i++) {
            double norm2 = 0;
            for (int j = 0; j < cols; j++) {
                norm2 += m[i * cols + j] * m[i * cols + j];
            }
            assertThat(norm2).as("row %d", i).isCloseTo(1.0, within(1e-12));
        }
    }
}
