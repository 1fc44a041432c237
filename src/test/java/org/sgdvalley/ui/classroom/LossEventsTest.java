package org.sgdvalley.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LossEventsTest {

    private static double[] xs(int n, double step) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * step;
        }
        return x;
    }

    @Test
    void aBouncingLossInABandIsStabilizedAtItsMedian() {
        double[] x = xs(400, 50);
        double[] y = new double[400];
        for (int i = 0; i < y.length; i++) {
            y[i] = i < 20 ? 1.0 / (i + 1) : (i % 2 == 0 ? 0.02 : 0.06);
        }
        double level = LossEvents.stabilizedLevel(x, y, y.length, Double.POSITIVE_INFINITY);
        assertThat(level).isCloseTo(0.06, within(1e-12));
        assertThat(LossEvents.roughly(0.043)).isEqualTo("4e-2");
        assertThat(LossEvents.roughly(0.6)).isEqualTo("0.6"); // not 0.6000000000000001
        assertThat(LossEvents.roughly(0.3)).isEqualTo("0.3");
        assertThat(LossEvents.plain(0.07)).isEqualTo("0.07");
    }

    @Test
    void lowestFromSkipsEarlierPointsAndUnshowableValues() {
        double[] x = {0, 10, 20, 30, 40};
        double[] y = {1e-9, 0.5, Double.NaN, 0, 0.01};
        assertThat(LossEvents.lowestFrom(x, y, 5, 10)).isEqualTo(0.01);
        assertThat(LossEvents.lowestFrom(x, y, 5, 50)).isNaN();
    }

    @Test
    void aConvergingLossIsNotStabilizedAndNeitherIsAShortRun() {
        double[] x = xs(400, 50);
        double[] y = new double[400];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.exp(-i / 30.0);
        }
        assertThat(LossEvents.stabilizedLevel(x, y, y.length, Double.POSITIVE_INFINITY)).isNaN();
        double[] flat = new double[30];
        Arrays.fill(flat, 0.05);
        assertThat(LossEvents.stabilizedLevel(xs(30, 10), flat, 30, Double.POSITIVE_INFINITY)).as("300 steps").isNaN();
    }

    @Test
    void onlyPointsBeforeTheFirstDecayCount() {
        double[] x = xs(400, 50);
        double[] y = new double[400];
        for (int i = 0; i < y.length; i++) {
            y[i] = x[i] < 10_000 ? 0.05 : 1e-6;
        }
        assertThat(LossEvents.stabilizedLevel(x, y, y.length, 10_000)).isCloseTo(0.05, within(1e-12));
        assertThat(LossEvents.plain(200)).isEqualTo("200");
        assertThat(LossEvents.plain(0.0612)).isEqualTo("0.061");
    }
}
