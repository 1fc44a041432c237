package org.sgdvalley.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeriesHistoryTest {

    @Test
    void keepsEverySpikeWithBoundedSize() {
        SeriesHistory h = new SeriesHistory(64, 32);
        for (long t = 0; t < 1_000_000; t++) {
            h.append(t, t == 123_457 ? 1e9 : (t == 654_321 ? -5 : Math.sin(t)));
        }
        SeriesHistory.Snapshot s = h.snapshot(null);
        assertThat(s.count).isLessThanOrEqualTo(64 + 32);
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < s.count; i++) {
            max = Math.max(max, s.max[i]);
            min = Math.min(min, s.min[i]);
        }
        assertThat(max).isEqualTo(1e9);
        assertThat(min).isEqualTo(-5);
        assertThat(s.x[s.count - 1]).isEqualTo(999_999.0);
        for (int i = 1; i < s.count; i++) {
            assertThat(s.x[i]).isGreaterThan(s.x[i - 1]);
        }
    }

    @Test
    void recentSamplesStayAtFullResolution() {
        SeriesHistory h = new SeriesHistory(100, 16);
        for (long t = 0; t < 10_000; t++) {
            h.append(t, t);
        }
        SeriesHistory.Snapshot s = h.snapshot(null);
        for (int i = s.count - 100; i < s.count; i++) {
            assertThat(s.min[i]).isEqualTo(s.max[i]).isEqualTo(s.x[i]);
        }
    }

    @Test
    void truncateForgetsTheFuture() {
        SeriesHistory h = new SeriesHistory(10, 8);
        for (long t = 0; t < 100; t++) {
            h.append(t, t);
        }
        h.truncateAfter(42);
        assertThat(h.lastX()).isLessThanOrEqualTo(42);
        SeriesHistory.Snapshot s = h.snapshot(null);
        assertThat(s.x[s.count - 1]).isLessThanOrEqualTo(42);
    }

    @Test
    void nonFiniteValuesDoNotPoisonExtremes() {
        SeriesHistory h = new SeriesHistory(2, 2);
        h.append(0, 1.0);
        h.append(1, Double.NaN);
        h.append(2, 2.0);
        h.append(3, 3.0);
        h.append(4, 4.0);
        SeriesHistory.Snapshot s = h.snapshot(null);
        assertThat(s.min[0]).isEqualTo(1.0);
    }

    @Test
    void extendKeepsAFlatStretchAsTwoSamplesAndJumpsVertical() {
        SeriesHistory h = new SeriesHistory(100, 16);
        h.append(0, 0.3);
        for (long t = 1; t <= 1000; t++) {
            h.extend(t, 0.3);
        }
        h.append(1000, 0.1);
        for (long t = 1001; t <= 5000; t++) {
            h.extend(t, 0.1);
        }
        SeriesHistory.Snapshot s = h.snapshot(null);
        assertThat(s.count).isEqualTo(4);
        assertThat(s.x).startsWith(0.0, 1000.0, 1000.0, 5000.0);
        assertThat(s.last).startsWith(0.3, 0.3, 0.1, 0.1);
    }
}
