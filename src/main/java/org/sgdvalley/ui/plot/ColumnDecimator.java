package org.sgdvalley.ui.plot;

import java.util.Arrays;

/**
 * Reduces a {@link PlotSeries} to one min, max, first and last value per pixel column, keeping every
 * spike; a line drawn through the columns enters each at its first value and leaves at its last, so a
 * jump inside a column stays a vertical step instead of a slope from the column before.
 *
 * <p>Column {@code c} holds the values of all entries with x in
 * {@code [xAxis.toValue(pixelFrom + c), xAxis.toValue(pixelFrom + c + 1))} (the last column also takes
 * {@code range().max()} itself). A bucket (see {@link PlotSeries}) counts in every column it overlaps.
 * Values the y scale cannot show (non-finite, or not positive on a log scale) are skipped; an entry whose
 * min is skipped but whose max is not counts with its max alone, and the other way round.
 *
 * <p>The cost is linear in the entries in view plus the columns, and only the min and max arrays are
 * scanned. When the same series only grew by appending (its {@link PlotSeries#rewriteVersion()} is
 * unchanged) and the axis and scale are the same, only the new entries are read. Buffers are reused
 * between calls, so a steady frame allocates nothing.
 */
public final class ColumnDecimator {

    private double[] columnMin = new double[0];
    private double[] columnMax = new double[0];
    private double[] columnFirst = new double[0];
    private double[] columnLast = new double[0];
    private double[] bounds = new double[0];
    private int columns;
    private double lowest;
    private double highest;
    private PlotSeries lastSeries;
    private long lastRewrite;
    private int lastCount;
    private Axis lastAxis;
    private AxisScale lastScale;

    /**
     * Decimates a series into the columns of an x axis drawn left to right.
     *
     * @param series the data, x ascending
     * @param xAxis the x axis; there is one column per pixel from {@code pixelFrom} to {@code pixelTo}
     * @param yScale the y scale, deciding which values are skipped
     * @return the number of columns
     */
    public int decimate(PlotSeries series, Axis xAxis, AxisScale yScale) {
        double[] x = series.x();
        int count = Math.min(series.count(), x.length);
        boolean appendOnly = series == lastSeries && series.rewriteVersion() == lastRewrite && count >= lastCount
                && lastCount > 0 && xAxis.equals(lastAxis) && yScale == lastScale;
        if (!appendOnly) {
            reset(xAxis);
        }
        int start = firstAtLeast(x, 0, count, xAxis.range().min());
        if (start > 0 && start < count && x[start] > xAxis.range().min() && isBucket(series, start - 1)) {
            start--; // a bucket that starts left of the view reaches into it
        }
        if (appendOnly) {
            start = Math.max(start, lastCount - 1);
        }
        int end = firstAbove(x, start, count, xAxis.range().max());
        if (start < end) {
            scan(series, start, end, count, yScale == AxisScale.LOG ? 0 : Double.NEGATIVE_INFINITY);
        }
        lastSeries = series;
        lastRewrite = series.rewriteVersion();
        lastCount = count;
        lastAxis = xAxis;
        lastScale = yScale;
        return columns;
    }

    /** Number of columns of the last decimation. */
    public int columns() {
        return columns;
    }

    /** Smallest value in column {@code c}, NaN when the column is empty. */
    public double min(int c) {
        return columnMin[c] <= columnMax[c] ? columnMin[c] : Double.NaN;
    }

    /** Largest value in column {@code c}, NaN when the column is empty. */
    public double max(int c) {
        return columnMin[c] <= columnMax[c] ? columnMax[c] : Double.NaN;
    }

    /** Last value of the first entry in column {@code c}, NaN when there is none. */
    public double first(int c) {
        return columnFirst[c];
    }

    /** Last value of the last entry in column {@code c}, NaN when there is none. */
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

    /** Reduces entries {@code start..end-1} into their columns, merging with what the columns hold. */
    private void scan(PlotSeries series, int start, int end, int count, double floor) {
        double[] x = series.x();
        double[] min = series.min();
        double[] max = series.max();
        double[] last = series.last();
        int c = Math.max(0, firstAbove(bounds, 0, columns, x[start]) - 1);
        int i = start;
        while (i < end && c < columns) {
            int j = c == columns - 1 ? end : firstAtLeast(x, i, end, bounds[c + 1]);
            if (j > i) {
                if (Double.isNaN(columnFirst[c])) {
                    columnFirst[c] = firstOf(last, i, j, floor);
                }
                merge(c, columnLow(min, max, i, j, floor), columnHigh(min, max, i, j, floor), lastOf(last, i, j, floor));
                if (isBucket(series, j - 1) && j < count) {
                    double lo = minOf(min, max, j - 1, j, floor);
                    double hi = maxOf(min, max, j - 1, j, floor);
                    for (int k = c + 1; k < columns && bounds[k] < x[j]; k++) {
                        merge(k, lo, hi, Double.NaN);
                    }
                }
                i = j;
            }
            c = i < end ? Math.max(c + 1, firstAbove(bounds, c + 1, columns, x[i]) - 1) : columns;
        }
    }

    /** Widens column {@code c} to {@code lo..hi} (nothing when empty) and sets its last value if known. */
    private void merge(int c, double lo, double hi, double lastValue) {
        if (lo <= hi) {
            columnMin[c] = Math.min(columnMin[c], lo);
            columnMax[c] = Math.max(columnMax[c], hi);
            lowest = Math.min(lowest, lo);
            highest = Math.max(highest, hi);
        }
        if (!Double.isNaN(lastValue)) {
            columnLast[c] = lastValue;
        }
    }

    private void reset(Axis xAxis) {
        columns = Math.max(0, (int) Math.ceil(xAxis.pixelTo() - xAxis.pixelFrom()));
        if (columnMin.length < columns) {
            columnMin = new double[columns];
            columnMax = new double[columns];
            columnFirst = new double[columns];
            columnLast = new double[columns];
            bounds = new double[columns];
        }
        Arrays.fill(columnMin, 0, columns, Double.POSITIVE_INFINITY);
        Arrays.fill(columnMax, 0, columns, Double.NEGATIVE_INFINITY);
        Arrays.fill(columnFirst, 0, columns, Double.NaN);
        Arrays.fill(columnLast, 0, columns, Double.NaN);
        for (int c = 0; c < columns; c++) {
            bounds[c] = c == 0 ? xAxis.range().min() : xAxis.toValue(xAxis.pixelFrom() + c);
        }
        lowest = Double.POSITIVE_INFINITY;
        highest = Double.NEGATIVE_INFINITY;
    }

    private static boolean isBucket(PlotSeries series, int i) {
        return series.min()[i] != series.max()[i];
    }

    /** Smallest showable value of the entries; a plain (fast) minimum unless it hits an unshowable one. */
    private static double columnLow(double[] min, double[] max, int from, int to, double floor) {
        double lo = min[from];
        for (int i = from + 1; i < to; i++) {
            lo = Math.min(lo, min[i]);
        }
        return lo > floor && lo < Double.POSITIVE_INFINITY ? lo : minOf(min, max, from, to, floor);
    }

    /** Largest showable value of the entries; a plain (fast) maximum unless it hits an unshowable one. */
    private static double columnHigh(double[] min, double[] max, int from, int to, double floor) {
        double hi = max[from];
        for (int i = from + 1; i < to; i++) {
            hi = Math.max(hi, max[i]);
        }
        return hi > floor && hi < Double.POSITIVE_INFINITY ? hi : maxOf(min, max, from, to, floor);
    }

    /**
     * Smallest showable value of {@code min[from..to-1]}, using an entry's max where its min cannot be
     * shown; +inf if none. Two independent chains keep the loop fast.
     */
    private static double minOf(double[] min, double[] max, int from, int to, double floor) {
        double m0 = Double.POSITIVE_INFINITY;
        double m1 = Double.POSITIVE_INFINITY;
        int i = from;
        for (; i + 1 < to; i += 2) {
            double v0 = min[i];
            double v1 = min[i + 1];
            v0 = v0 > floor ? v0 : showableOr(max[i], floor, Double.POSITIVE_INFINITY);
            v1 = v1 > floor ? v1 : showableOr(max[i + 1], floor, Double.POSITIVE_INFINITY);
            m0 = v0 < m0 ? v0 : m0;
            m1 = v1 < m1 ? v1 : m1;
        }
        if (i < to) {
            double v = min[i] > floor ? min[i] : showableOr(max[i], floor, Double.POSITIVE_INFINITY);
            m0 = Math.min(m0, v);
        }
        return Math.min(m0, m1);
    }

    /**
     * Largest showable value of {@code max[from..to-1]}, using an entry's min where its max cannot be
     * shown; -inf if none.
     */
    private static double maxOf(double[] min, double[] max, int from, int to, double floor) {
        double m0 = Double.NEGATIVE_INFINITY;
        double m1 = Double.NEGATIVE_INFINITY;
        int i = from;
        for (; i + 1 < to; i += 2) {
            double v0 = max[i];
            double v1 = max[i + 1];
            v0 = v0 > floor && v0 < Double.POSITIVE_INFINITY ? v0 : showableOr(min[i], floor, Double.NEGATIVE_INFINITY);
            v1 = v1 > floor && v1 < Double.POSITIVE_INFINITY ? v1 : showableOr(min[i + 1], floor, Double.NEGATIVE_INFINITY);
            m0 = v0 > m0 ? v0 : m0;
            m1 = v1 > m1 ? v1 : m1;
        }
        if (i < to) {
            double v = max[i] > floor && max[i] < Double.POSITIVE_INFINITY
                    ? max[i] : showableOr(min[i], floor, Double.NEGATIVE_INFINITY);
            m0 = Math.max(m0, v);
        }
        return Math.max(m0, m1);
    }

    private static double showableOr(double v, double floor, double otherwise) {
        return v > floor && v < Double.POSITIVE_INFINITY ? v : otherwise;
    }

    /** The first showable value among {@code a[from..to-1]}, NaN if none. */
    private static double firstOf(double[] a, int from, int to, double floor) {
        for (int i = from; i < to; i++) {
            if (a[i] > floor && a[i] < Double.POSITIVE_INFINITY) {
                return a[i];
            }
        }
        return Double.NaN;
    }

    /** The last showable value among {@code a[from..to-1]}, NaN if none. */
    private static double lastOf(double[] a, int from, int to, double floor) {
        for (int i = to - 1; i >= from; i--) {
            if (a[i] > floor && a[i] < Double.POSITIVE_INFINITY) {
                return a[i];
            }
        }
        return Double.NaN;
    }

    /** First index in {@code from..to-1} with {@code a[i] >= value}, or {@code to}. */
    private static int firstAtLeast(double[] a, int from, int to, double value) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index in {@code from..to-1} with {@code a[i] > value}, or {@code to}. */
    private static int firstAbove(double[] a, int from, int to, double value) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
