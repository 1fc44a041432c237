package org.sgdvalley.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Points1dDataTest {

    @Test
    void theTwelvePointsOfE4() {
        Dataset data = new DataSpec.Points1d(0).generate();
        assertThat(data.n()).isEqualTo(12);
        assertThat(data.d()).isEqualTo(1);
        assertThat(data.truth()).isInstanceOf(GroundTruth.None.class);
        double[] expectedY = {-1.655, 1.845, 0.345, 0.345, 2.345, 1.345, 0.345, -0.655, 0.345, 1.345, 2.345, -0.655};
        for (int i = 0; i < 12; i++) {
            assertThat(data.xTrain()[i]).isCloseTo(-1.375 + 0.25 * i + 0.07, within(1e-15));
            assertThat(data.yTrain()[i]).isCloseTo(expectedY[i], within(1e-15));
        }
        assertThat(data.xTrain()[0]).isCloseTo(-1.305, within(1e-15));
        assertThat(data.xTrain()[11]).isCloseTo(1.445, within(1e-15));
    }

    @Test
    void testGridSpansTheRangeWithAMarginAndInterpolates() {
        // x_i = -1.305 + 0.25 i, so a step of 0.125 from -1.555 puts every other grid point on a training point
        Dataset data = new DataSpec.Points1d(27).generate();
        double[] x = data.xTest();
        assertThat(x).hasSize(27);
        assertThat(x[0]).isCloseTo(-1.555, within(1e-12));
        assertThat(x[26]).isCloseTo(1.695, within(1e-12));
        assertThat(x[2]).isCloseTo(data.xTrain()[0], within(1e-12));
        assertThat(data.yTest()[2]).isCloseTo(-1.655, within(1e-12));
        assertThat(data.yTest()[4]).isCloseTo(1.845, within(1e-12));
        assertThat(data.yTest()[3]).isCloseTo(0.5 * (-1.655 + 1.845), within(1e-12));
        assertThat(data.yTest()[0]).isCloseTo(-1.655, within(1e-15));
        assertThat(data.yTest()[26]).isCloseTo(-0.655, within(1e-15));
        for (int i = 1; i < 27; i++) {
            assertThat(x[i]).isGreaterThan(x[i - 1]);
        }
    }
}
