package org.sgdvalley.ui.plot;

import java.util.Arrays;

/**
 * Reduces a {@link PlotSeries} to one min, max and last value per pixel column, keeping every spike.
 *
 * <p>Column {@code c} holds the values of all entries with x in
 * {@code [xAxis.toValue(pixelFrom + c), xAxis.toValue(pixelFrom + c + 1))} (the last column also takes
 * {@code range().max()} itself). A bucket (see {@link PlotSeries}) counts in every column it overlaps.
 * Values the y scale cannot show (non-finite, or not positive on a log scale) are skipped. The cost is
 * linear in the entries in view plus the columns; buffers are reused between calls, so a steady frame
 * allocates nothing.
 */
public final class ColumnDecimator {

    private double[] columnMin = new double[0];
    private double[] columnMax = new double[0];
    private double[] columnLast = new double[0];
    private int columns;
    private double lowest;
    private double highest;

    /**
     * Decimates a series into the columns of an x axis drawn left to right.
     *
     * @param series the data, x ascending
     * @param xAxis the x axis; there is one column per pixel from {@code pixelFrom} to {@code pixelTo}
     * @param yScale the y scale, deciding which values are skipped
     * @return the number of columns
     */
    public int decimate(PlotSeries series, Axis xAxis, AxisScale yScale) {
        columns = Math.max(0, (int) Math.ceil(xAxis.pixelTo() - xAxis.pixelFrom()));
        ensureCapacity(columns);
        Arrays.fill(columnMin, 0, columns, Double.NaN);
        Arrays.fill(columnMax, 0, columns, Double.NaN);
        Arrays.fill(columnLast, 0, columns, Double.NaN);
        lowest = Double.POSITIVE_INFINITY;
        highest = Double.NEGATIVE_INFINITY;
        double floor = yScale == AxisScale.LOG ? 0 : Double.NEGATIVE_INFINITY;
        double[] x = series.x();
        double[] min = series.min();
        double[] max = series.max();
        double[] last = series.last();
        int count = Math.min(series.count(), x.length);
        int i = firstAtLeast(x, count, xAxis.range().min());
        int end = firstAbove(x, count, xAxis.range().max());
        // A bucket that starts left of the view may reach into it.
        int carried = i > 0 && i < count && x[i] > xAxis.range().min() && min[i - 1] != max[i - 1] ? i - 1 : -1;
        double carryEnd = carried >= 0 ? x[i] : Double.NEGATIVE_INFINITY;
        for (int c = 0; c < columns; c++) {
            double bound = c == columns - 1 ? Double.POSITIVE_INFINITY : xAxis.toValue(xAxis.pixelFrom() + c + 1);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            if (carried >= 0 && carryEnd > xAxis.toValue(xAxis.pixelFrom() + c)) {
                lo = low(min[carried], max[carried], floor);
                hi = high(min[carried], max[carried], floor);
            }
            double lastValue = Double.NaN;
            int first = i;
            for (; i < end && x[i] < bound; i++) {
                double a = min[i];
                double b = max[i];
                if (a > floor && b < Double.POSITIVE_INFINITY) {
                    lo = a < lo ? a : lo;
                    hi = b > hi ? b : hi;
                } else {
                    lo = Math.min(lo, low(a, b, floor));
                    hi = Math.max(hi, high(a, b, floor));
                }
                double v = last[i];
                if (v > floor && v < Double.POSITIVE_INFINITY) {
                    lastValue = v;
                }
            }
            if (i > first && i < count && min[i - 1] != max[i - 1] && x[i] > bound) {
                carried = i - 1;
                carryEnd = x[i];
            }
            store(c, lo, hi, lastValue);
        }
        return columns;
    }

    /** Number of columns of the last decimation. */
    public int columns() {
        return columns;
    }

    /** Smallest value in column {@code c}, NaN when the column is empty. */
    public double min(int c) {
        return columnMin[c];
    }

    /** Largest value in column {@code c}, NaN when the column is empty. */
    public double max(int c) {
        return columnMax[c];
    }

    /** Last value of the last entry starting in column {@code c}, NaN when there is none. */
    public double last(int c) {
        return columnLast[c];
    }

    /** Smallest value over all columns, NaN when all are empty. */
    public double lowest() {
        return lowest <= highest ? lowest : Double.NaN;
    }

    /** Largest value over all columns, NaN when all are empty. */
    public double highest() {
        return lowest <= highest ? highest : Double.NaN;
    }

    private void store(int c, double lo, double hi, double lastValue) {
        if (lo <= hi) {
            columnMin[c] = lo;
            columnMax[c] = hi;
            lowest = Math.min(lowest, lo);
            highest = Math.max(highest, hi);
        }
        columnLast[c] = lastValue;
    }

    /** The smallest showable value of an entry whose min or max may be unshowable; +inf if none. */
    private static double low(double a, double b, double floor) {
        return showable(a, floor) ? a : showable(b, floor) ? b : Double.POSITIVE_INFINITY;
    }

    /** The largest showable value of an entry whose min or max may be unshowable; -inf if none. */
    private static double high(double a, double b, double floor) {
        return showable(b, floor) ? b : showable(a, floor) ? a : Double.NEGATIVE_INFINITY;
    }

    private static boolean showable(double v, double floor) {
        return v > floor && v < Double.POSITIVE_INFINITY;
    }

    private void ensureCapacity(int n) {
        if (columnMin.length < n) {
            columnMin = new double[n];
            columnMax = new double[n];
            columnLast = new double[n];
        }
    }

    /** First index with {@code x[i] >= value}, or {@code count}. */
    private static int firstAtLeast(double[] x, int count, double value) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index with {@code x[i] > value}, or {@code count}. */
    private static int firstAbove(double[] x, int count, double value) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
