package org.sgdvalley.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

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
        assertThat(java.util.Arrays.stream(data.yTrain()).distinct().count()).isGreaterThan(1);
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
