package org.sgdvalley.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ColumnDecimatorTest {

    private final ColumnDecimator decimator = new ColumnDecimator();

    @Test
    void singleSpikeAmongAMillionPointsKeepsItsColumn() {
        int n = 1_000_000;
        SeriesBuffer s = new SeriesBuffer(n);
        for (int i = 0; i < n; i++) {
            s.add(i, 1 + 0.1 * Math.sin(i * 0.37));
        }
        s.min()[654_321] = 1e6;
        s.max()[654_321] = 1e6;
        s.last()[654_321] = 1e6;
        s.min()[123_456] = -5;
        s.max()[123_456] = -5;
        s.last()[123_456] = -5;
        Axis x = new Axis(AxisScale.LINEAR, new Range(0, n - 1), 0, 800);
        assertThat(decimator.decimate(s, x, AxisScale.LINEAR)).isEqualTo(800);
        int spike = (int) Math.floor(x.toPixel(654_321));
        int dip = (int) Math.floor(x.toPixel(123_456));
        assertThat(decimator.max(spike)).isEqualTo(1e6);
        assertThat(decimator.min(dip)).isEqualTo(-5);
        for (int c = 0; c < 800; c++) {
            assertThat(decimator.min(c)).isGreaterThanOrEqualTo(c == dip ? -5 : 0.9);
            assertThat(decimator.max(c)).isLessThanOrEqualTo(c == spike ? 1e6 : 1.1);
        }
        assertThat(decimator.highest()).isEqualTo(1e6);
        assertThat(decimator.lowest()).isEqualTo(-5);
    }

    @Test
    void columnsHoldExactMinMaxAndLast() {
        SeriesBuffer s = series(new double[] {0, 0.5, 1.2, 1.9, 3.5}, new double[] {4, 2, 7, 3, 5});
        decimator.decimate(s, new Axis(AxisScale.LINEAR, new Range(0, 4), 10, 14), AxisScale.LINEAR);
        assertThat(decimator.columns()).isEqualTo(4);
        assertColumn(0, 2, 4, 2);
        assertColumn(1, 3, 7, 3);
        assertThat(decimator.first(0)).as("first of column 0").isEqualTo(4);
        assertThat(decimator.first(1)).as("first of column 1").isEqualTo(7);
        assertThat(decimator.first(2)).isNaN();
        assertThat(decimator.min(2)).isNaN();
        assertThat(decimator.last(2)).isNaN();
        assertColumn(3, 5, 5, 5);
    }

    @Test
    void bucketCountsInEveryColumnItSpans() {
        SeriesBuffer s = new SeriesBuffer(4);
        s.add(0, 1);
        s.addBucket(1, -2, 9, 3);
        s.add(6, 4);
        decimator.decimate(s, new Axis(AxisScale.LINEAR, new Range(0, 8), 0, 8), AxisScale.LINEAR);
        assertColumn(0, 1, 1, 1);
        assertColumn(1, -2, 9, 3);
        for (int c = 2; c <= 5; c++) {
            assertThat(decimator.min(c)).isEqualTo(-2);
            assertThat(decimator.max(c)).isEqualTo(9);
            assertThat(decimator.last(c)).isNaN();
        }
        assertColumn(6, 4, 4, 4);
        assertThat(decimator.min(7)).isNaN();
    }

    @Test
    void bucketStartingLeftOfTheViewReachesIntoIt() {
        SeriesBuffer s = new SeriesBuffer(4);
        s.addBucket(0, 1, 2, 2);
        s.add(5, 7);
        decimator.decimate(s, new Axis(AxisScale.LINEAR, new Range(3, 7), 0, 4), AxisScale.LINEAR);
        assertThat(decimator.min(0)).isEqualTo(1);
        assertThat(decimator.max(1)).isEqualTo(2);
        assertColumn(2, 7, 7, 7);
    }

    @Test
    void emptySeriesAndRangesOutsideTheDataGiveEmptyColumns() {
        Axis x = new Axis(AxisScale.LINEAR, new Range(100, 200), 0, 50);
        decimator.decimate(new SeriesBuffer(1), x, AxisScale.LINEAR);
        assertThat(decimator.lowest()).isNaN();
        decimator.decimate(series(new double[] {0, 1, 2}, new double[] {1, 2, 3}), x, AxisScale.LINEAR);
        for (int c = 0; c < 50; c++) {
            assertThat(decimator.min(c)).isNaN();
            assertThat(decimator.last(c)).isNaN();
        }
        assertThat(decimator.highest()).isNaN();
    }

    @Test
    void logScaleSkipsZerosAndNegatives() {
        SeriesBuffer s = series(new double[] {0, 1, 2, 3}, new double[] {0, -1, 0.01, 10});
        s.addBucket(4, 0, 5, 0);
        decimator.decimate(s, new Axis(AxisScale.LINEAR, new Range(0, 5), 0, 5), AxisScale.LOG);
        assertThat(decimator.min(0)).isNaN();
        assertThat(decimator.min(1)).isNaN();
        assertColumn(2, 0.01, 0.01, 0.01);
        assertColumn(3, 10, 10, 10);
        assertThat(decimator.min(4)).isEqualTo(5);
        assertThat(decimator.max(4)).isEqualTo(5);
        assertThat(decimator.last(4)).isNaN();
        assertThat(decimator.lowest()).isEqualTo(0.01);
    }

    @Test
    void nonFiniteValuesAreSkipped() {
        SeriesBuffer s = series(new double[] {0, 0.5, 1, 1.5}, new double[] {Double.NaN, 2, Double.POSITIVE_INFINITY, 3});
        decimator.decimate(s, new Axis(AxisScale.LINEAR, new Range(0, 2), 0, 2), AxisScale.LINEAR);
        assertColumn(0, 2, 2, 2);
        assertColumn(1, 3, 3, 3);
    }

    @Test
    void logXAxisUsesEqualRatiosPerColumn() {
        SeriesBuffer s = series(new double[] {0, 1, 5, 10, 50, 100}, new double[] {9, 1, 2, 3, 4, 6});
        decimator.decimate(s, new Axis(AxisScale.LOG, new Range(1, 100), 0, 2), AxisScale.LINEAR);
        assertColumn(0, 1, 2, 2);
        assertColumn(1, 3, 6, 6);
    }

    @Test
    void logScaleUsesABucketsMaxWhenItsMinIsNotPositive() {
        SeriesBuffer s = new SeriesBuffer(4);
        s.addBucket(0, 0, 5, 2);
        s.add(0.5, 7);
        decimator.decimate(s, new Axis(AxisScale.LINEAR, new Range(0, 2), 0, 2), AxisScale.LOG);
        assertColumn(0, 5, 7, 7);
    }

    @Test
    void matchesABruteForceReferenceOnRandomSeries() {
        SplittableRandom random = new SplittableRandom(7);
        for (int round = 0; round < 300; round++) {
            SeriesBuffer s = new SeriesBuffer(16);
            double x = random.nextDouble(-5, 5);
            for (int i = random.nextInt(60); i > 0; i--) {
                double a = random.nextInt(10) == 0 ? 0 : random.nextDouble(-1, 3);
                double b = random.nextBoolean() ? a : a + random.nextDouble(4);
                s.addBucket(x, a, b, random.nextDouble(a, b + 1e-9));
                x += random.nextInt(4) == 0 ? random.nextDouble(8) : random.nextDouble(0.5);
            }
            AxisScale yScale = random.nextBoolean() ? AxisScale.LOG : AxisScale.LINEAR;
            double lo = random.nextDouble(-6, 20);
            Axis axis = new Axis(AxisScale.LINEAR, new Range(lo, lo + random.nextDouble(0.5, 40)), 3, 3 + random.nextInt(1, 40));
            decimator.decimate(s, axis, yScale);
            double[][] expected = reference(s, axis, yScale);
            for (int c = 0; c < decimator.columns(); c++) {
                assertThat(Double.valueOf(decimator.min(c))).as("round %d min of column %d", round, c).isEqualTo(Double.valueOf(expected[0][c]));
                assertThat(Double.valueOf(decimator.max(c))).as("round %d max of column %d", round, c).isEqualTo(Double.valueOf(expected[1][c]));
            }
        }
    }

    @Test
    void appendingDecimatesOnlyNewEntriesWithTheSameResult() {
        SeriesBuffer grown = new SeriesBuffer(16);
        Axis axis = new Axis(AxisScale.LINEAR, new Range(0, 1000), 0, 97);
        ColumnDecimator fresh = new ColumnDecimator();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1200; i++) {
            double v = random.nextDouble();
            if (i % 7 == 0) {
                grown.addBucket(i, v - 1, v + 1, v);
            } else {
                grown.add(i, v);
            }
            if (i % 13 == 0) {
                decimator.decimate(grown, axis, AxisScale.LINEAR);
            }
        }
        decimator.decimate(grown, axis, AxisScale.LINEAR);
        SeriesBuffer copy = new SeriesBuffer(grown.count());
        for (int i = 0; i < grown.count(); i++) {
            copy.addBucket(grown.x()[i], grown.min()[i], grown.max()[i], grown.last()[i]);
        }
        fresh.decimate(copy, axis, AxisScale.LINEAR);
        for (int c = 0; c < 97; c++) {
            assertThat(Double.valueOf(decimator.min(c))).isEqualTo(Double.valueOf(fresh.min(c)));
            assertThat(Double.valueOf(decimator.max(c))).isEqualTo(Double.valueOf(fresh.max(c)));
            assertThat(Double.valueOf(decimator.last(c))).isEqualTo(Double.valueOf(fresh.last(c)));
        }
    }

    @Test
    void rewrittenSeriesIsDecimatedAgain() {
        SeriesBuffer s = series(new double[] {0, 1, 2}, new double[] {5, 6, 7});
        Axis axis = new Axis(AxisScale.LINEAR, new Range(0, 3), 0, 3);
        decimator.decimate(s, axis, AxisScale.LINEAR);
        s.max()[0] = 50;
        s.touch();
        decimator.decimate(s, axis, AxisScale.LINEAR);
        assertThat(decimator.max(0)).isEqualTo(50);
        s.clear();
        s.add(2, 1);
        decimator.decimate(s, axis, AxisScale.LINEAR);
        assertThat(decimator.max(0)).isNaN();
        assertColumn(2, 1, 1, 1);
    }

    /** Per column {min, max}: every entry in it, and every bucket overlapping it, counted on its own. */
    private static double[][] reference(SeriesBuffer s, Axis axis, AxisScale yScale) {
        int columns = (int) Math.ceil(axis.pixelTo() - axis.pixelFrom());
        double[][] result = new double[2][columns];
        for (int c = 0; c < columns; c++) {
            double left = c == 0 ? axis.range().min() : axis.toValue(axis.pixelFrom() + c);
            double right = c == columns - 1 ? Math.nextUp(axis.range().max()) : axis.toValue(axis.pixelFrom() + c + 1);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < s.count(); i++) {
                double xi = s.x()[i];
                boolean inside = xi >= left && xi < right;
                boolean spans = s.min()[i] != s.max()[i] && i + 1 < s.count() && xi < right && s.x()[i + 1] > left
                        && xi <= axis.range().max();
                if (inside || spans) {
                    boolean minOk = yScale.accepts(s.min()[i]);
                    boolean maxOk = yScale.accepts(s.max()[i]);
                    if (minOk || maxOk) {
                        lo = Math.min(lo, minOk ? s.min()[i] : s.max()[i]);
                        hi = Math.max(hi, maxOk ? s.max()[i] : s.min()[i]);
                    }
                }
            }
            result[0][c] = lo <= hi ? lo : Double.NaN;
            result[1][c] = lo <= hi ? hi : Double.NaN;
        }
        return result;
    }

    private void assertColumn(int c, double min, double max, double last) {
        assertThat(decimator.min(c)).as("min of column %d", c).isEqualTo(min);
        assertThat(decimator.max(c)).as("max of column %d", c).isEqualTo(max);
        assertThat(decimator.last(c)).as("last of column %d", c).isEqualTo(last);
    }

    private static SeriesBuffer series(double[] x, double[] y) {
        SeriesBuffer s = new SeriesBuffer(x.length);
        for (int i = 0; i < x.length; i++) {
            s.add(x[i], y[i]);
        }
        return s;
    }
}
