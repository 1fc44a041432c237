package org.sgdvalley.ui.plot;

import java.util.Arrays;

/**
 * A growable, single-threaded {@link PlotSeries}: append raw samples or min/max buckets in order of x.
 * Each change bumps the version. Meant for one thread (e.g. the JavaFX thread copying from a store).
 */
public final class SeriesBuffer implements PlotSeries {

    private double[] x;
    private double[] min;
    private double[] max;
    private double[] last;
    private int count;
    private long version;
    private long rewriteVersion;

    /** An empty buffer with room for {@code capacity} entries before it grows. */
    public SeriesBuffer(int capacity) {
        int c = Math.max(1, capacity);
        x = new double[c];
        min = new double[c];
        max = new double[c];
        last = new double[c];
    }

    /** Appends a raw sample. */
    public void add(double xValue, double value) {
        addBucket(xValue, value, value, value);
    }

    /** Appends a bucket summarising samples from {@code xValue} up to the next entry's x. */
    public void addBucket(double xValue, double minValue, double maxValue, double lastValue) {
        if (count > 0 && xValue < x[count - 1]) {
            throw new IllegalArgumentException("x must not decrease: " + xValue + " after " + x[count - 1]);
        }
        if (count == x.length) {
            int grown = Math.max(8, count + (count >> 1));
            x = Arrays.copyOf(x, grown);
            min = Arrays.copyOf(min, grown);
            max = Arrays.copyOf(max, grown);
            last = Arrays.copyOf(last, grown);
        }
        x[count] = xValue;
        min[count] = minValue;
        max[count] = maxValue;
        last[count] = lastValue;
        count++;
        version++;
    }

    /** Removes all entries. */
    public void clear() {
        count = 0;
        version++;
        rewriteVersion++;
    }

    /** Marks the data as changed without changing it, e.g. after writing into the arrays directly. */
    public void touch() {
        version++;
        rewriteVersion++;
    }

    @Override
    public double[] x() {
        return x;
    }

    @Override
    public double[] min() {
        return min;
    }

    @Override
    public double[] max() {
        return max;
    }

    @Override
    public double[] last() {
        return last;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public long rewriteVersion() {
        return rewriteVersion;
    }
}
