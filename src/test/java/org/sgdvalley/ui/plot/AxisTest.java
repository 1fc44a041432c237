package org.sgdvalley.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AxisTest {

    @Test
    void linearMapsEndsAndRoundTrips() {
        Axis axis = new Axis(AxisScale.LINEAR, new Range(-2, 8), 50, 550);
        assertThat(axis.toPixel(-2)).isEqualTo(50);
        assertThat(axis.toPixel(8)).isEqualTo(550);
        assertThat(axis.toPixel(3)).isEqualTo(300);
        for (double v : new double[] {-2, -1.3, 0, 0.1, 7.99}) {
            assertThat(axis.toValue(axis.toPixel(v))).isCloseTo(v, within(1e-12));
        }
    }

    @Test
    void verticalAxisRunsUpwards() {
        Axis axis = new Axis(AxisScale.LINEAR, new Range(0, 1), 400, 0);
        assertThat(axis.toPixel(0)).isEqualTo(400);
        assertThat(axis.toPixel(1)).isEqualTo(0);
        assertThat(axis.toPixel(0.25)).isEqualTo(300);
    }

    @Test
    void logMapsDecadesEvenlyAndRoundTrips() {
        Axis axis = new Axis(AxisScale.LOG, new Range(1e-4, 1), 0, 400);
        assertThat(axis.toPixel(1e-4)).isCloseTo(0, within(1e-9));
        assertThat(axis.toPixel(1e-3)).isCloseTo(100, within(1e-9));
        assertThat(axis.toPixel(1e-2)).isCloseTo(200, within(1e-9));
        for (double v : new double[] {1e-4, 3.3e-4, 0.05, 0.999}) {
            assertThat(axis.toValue(axis.toPixel(v))).isCloseTo(v, within(v * 1e-12));
        }
        assertThat(axis.toPixel(0)).isNaN();
        assertThat(axis.toPixel(-1)).isNaN();
    }

    @Test
    void logAxisNeedsPositiveRange() {
        assertThatThrownBy(() -> new Axis(AxisScale.LOG, new Range(0, 1), 0, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Range(1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linearTicksAreNiceSteps() {
        assertThat(ticks(AxisScale.LINEAR, 0, 1, 6).major()).containsExactly(0, 0.2, 0.4, 0.6, 0.8, 1);
        assertThat(ticks(AxisScale.LINEAR, 0, 1, 6).labels()).containsExactly("0", "0.2", "0.4", "0.6", "0.8", "1");
        assertThat(ticks(AxisScale.LINEAR, 0, 100_000, 6).major()).containsExactly(0, 20_000, 40_000, 60_000, 80_000, 100_000);
        assertThat(ticks(AxisScale.LINEAR, 0, 100_000, 6).labels()).containsExactly("0", "20k", "40k", "60k", "80k", "100k");
        assertThat(ticks(AxisScale.LINEAR, -0.37, 0.52, 4).major()).containsExactly(-0.2, 0, 0.2, 0.4);
        assertThat(ticks(AxisScale.LINEAR, 0.1231, 0.1239, 4).labels()).containsExactly("0.1232", "0.1234", "0.1236", "0.1238");
        assertThat(ticks(AxisScale.LINEAR, 3, 17, 3).major()).containsExactly(5, 10, 15);
    }

    @Test
    void logTicksAreDecadesWithMinorTicks() {
        AxisTicks t = ticks(AxisScale.LOG, 1e-4, 1, 8);
        assertThat(t.major()).containsExactly(1e-4, 1e-3, 1e-2, 1e-1, 1);
        assertThat(t.labels()).containsExactly("1e-4", "0.001", "0.01", "0.1", "1");
        assertThat(t.minor()).hasSize(4 * 8).contains(2e-4, 9e-4, 5e-2);
    }

    @Test
    void manyDecadesAreThinned() {
        AxisTicks t = ticks(AxisScale.LOG, 1e-12, 1e12, 6);
        assertThat(t.major()).containsExactly(1e-10, 1e-5, 1, 1e5, 1e10);
        assertThat(t.labels()).containsExactly("1e-10", "1e-5", "1", "100k", "10G");
        assertThat(t.minor()).contains(1e-12, 1e-11, 1e4, 1e12).doesNotContain(2e5);
    }

    @Test
    void narrowLogRangeFallsBackToOneTwoFiveOrLinear() {
        assertThat(ticks(AxisScale.LOG, 0.15, 6, 8).major()).containsExactly(0.2, 0.5, 1, 2, 5);
        AxisTicks narrow = ticks(AxisScale.LOG, 0.31, 0.39, 4);
        assertThat(narrow.major()).containsExactly(0.32, 0.34, 0.36, 0.38);
    }

    @Test
    void zoomKeepsTheValueUnderTheMouse() {
        Axis axis = new Axis(AxisScale.LOG, new Range(1, 1e4), 0, 400);
        Range zoomed = axis.zoomedAround(100, 0.5);
        Axis after = new Axis(AxisScale.LOG, zoomed, 0, 400);
        assertThat(after.toValue(100)).isCloseTo(10, within(1e-9));
        assertThat(after.toValue(400) / after.toValue(0)).isCloseTo(100, within(1e-6));
    }

    private static AxisTicks ticks(AxisScale scale, double min, double max, int maxMajor) {
        return new Axis(scale, new Range(min, max), 0, 500).ticks(maxMajor);
    }
}
