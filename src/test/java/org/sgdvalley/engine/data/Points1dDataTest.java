package org.sgdvalley.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
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
    void testPointsAreUniformInTheTrainingRangeAsTheAuthorsDrawThem() {
        // the authors' rank points: np.random.uniform(X.min(), X.max(), n_params), 300 for E4
        Dataset data = new DataSpec.Points1d(300).generate();
        double lo = data.xTrain()[0];
        double hi = data.xTrain()[11];
        double[] x = data.xTest();
        assertThat(x).hasSize(300);
        assertThat(Arrays.stream(x).boxed()).allSatisfy(t -> assertThat(t).isBetween(lo, hi));
        // uniform: the mean near the middle (-0.0 + 0.07), a quarter of the points in each quarter of the range
        assertThat(Arrays.stream(x).average().orElseThrow()).isCloseTo(0.07, within(0.1));
        for (int q = 0; q < 4; q++) {
            double from = lo + q * (hi - lo) / 4;
            double to = from + (hi - lo) / 4;
            long inQuarter = Arrays.stream(x).filter(t -> t >= from && t < to).count();
            assertThat(inQuarter).as("quarter %d", q).isBetween(50L, 100L);
        }
        // drawn, not a grid: the gaps between sorted points are unequal
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        assertThat(sorted[2] - sorted[1]).isNotCloseTo(sorted[1] - sorted[0], within(1e-9));
        // labels interpolate the training points: halfway between x_0 and x_1 the label is halfway too
        assertThat(Points1dData.interpolate(data.xTrain(), data.yTrain(), 0.5 * (lo + data.xTrain()[1])))
                .isCloseTo(0.5 * (-1.655 + 1.845), within(1e-12));
        assertThat(data.yTest()[0]).isEqualTo(Points1dData.interpolate(data.xTrain(), data.yTrain(), x[0]));
        // the same points every time
        assertThat(new DataSpec.Points1d(300).generate().xTest()).containsExactly(x);
    }
}
