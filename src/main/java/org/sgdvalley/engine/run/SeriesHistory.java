package org.sgdvalley.engine.run;

import java.util.Arrays;

/**
 * A bounded history of one series (x = iteration, y = value) that keeps every spike however long
 * the run: the most recent samples at full resolution in a ring, and the whole history as min/max
 * buckets whose width doubles (adjacent buckets merge pairwise) each time the bucket array fills.
 * Memory is fixed at construction, so a run of 10^8 steps costs what a run of 10^4 does.
 *
 * <p>Thread-safe: one trainer thread appends, the UI reads a {@link Snapshot} once per frame; both
 * hold the lock for a copy of a few thousand values at most.
 */
public final class SeriesHistory {
    private final int recentCapacity;
    private final long[] recentX;
    private final double[] recentY;
    private int recentStart;
    private int recentCount;

    private final int bucketCapacity;
    private final long[] bucketX0;
    private final long[] bucketX1;
    private final double[] bucketMin;
    private final double[] bucketMax;
    private final double[] bucketLast;
    private final int[] bucketCount;
    private int buckets;
    private int samplesPerBucket = 1;
    private long version;

    /** A history keeping {@code recent} raw samples and at most {@code bucketCapacity} (even) buckets. */
    public SeriesHistory(int recent, int bucketCapacity) {
        if (bucketCapacity < 2 || bucketCapacity % 2 != 0 || recent < 1) {
            throw new IllegalArgumentException("recent >= 1 and an even bucket capacity >= 2 are required");
        }
        this.recentCapacity = recent;
        this.recentX = new long[recent];
        this.recentY = new double[recent];
        this.bucketCapacity = bucketCapacity;
        this.bucketX0 = new long[bucketCapacity];
        this.bucketX1 = new long[bucketCapacity];
        this.bucketMin = new double[bucketCapacity];
        this.bucketMax = new double[bucketCapacity];
        this.bucketLast = new double[bucketCapacity];
        this.bucketCount = new int[bucketCapacity];
    }

    /** The sizes the app uses: 4096 recent samples and 2048 buckets per series. */
    public static SeriesHistory standard() {
        return new SeriesHistory(4096, 2048);
    }

    /** Appends {@code count} samples with increasing x. */
    public synchronized void append(long[] xs, double[] ys, int count) {
        for (int i = 0; i < count; i++) {
            addRecent(xs[i], ys[i]);
            addToBuckets(xs[i], ys[i]);
        }
        if (count > 0) {
            version++;
        }
    }

    /**
     * Appends a sample of a piecewise-constant series (a step size): when the last two samples hold
     * the same value, the last one moves to {@code x} instead, so a flat stretch costs two samples
     * however long it lasts and jumps stay vertical.
     */
    public synchronized void extend(long x, double y) {
        if (recentCount >= 2 && Double.compare(recentY[slot(recentCount - 1)], y) == 0
                && Double.compare(recentY[slot(recentCount - 2)], y) == 0) {
            recentX[slot(recentCount - 1)] = x;
            bucketX1[buckets - 1] = x;
            version++;
            return;
        }
        append(x, y);
    }

    private int slot(int i) {
        return (recentStart + i) % recentCapacity;
    }

    /** Appends one sample. */
    public synchronized void append(long x, double y) {
        addRecent(x, y);
        addToBuckets(x, y);
        version++;
    }

    private void addRecent(long x, double y) {
        int slot = (recentStart + recentCount) % recentCapacity;
        recentX[slot] = x;
        recentY[slot] = y;
        if (recentCount < recentCapacity) {
            recentCount++;
        } else {
            recentStart = (recentStart + 1) % recentCapacity;
        }
    }

    private void addToBuckets(long x, double y) {
        if (buckets == 0 || bucketCount[buckets - 1] >= samplesPerBucket) {
            if (buckets == bucketCapacity) {
                mergePairs();
            }
            int b = buckets++;
            bucketX0[b] = x;
            bucketMin[b] = Double.POSITIVE_INFINITY;
            bucketMax[b] = Double.NEGATIVE_INFINITY;
            bucketCount[b] = 0;
        }
        int b = buckets - 1;
        bucketX1[b] = x;
        bucketLast[b] = y;
        bucketCount[b]++;
        if (Double.isFinite(y)) {
            bucketMin[b] = Math.min(bucketMin[b], y);
            bucketMax[b] = Math.max(bucketMax[b], y);
        }
    }

    private void mergePairs() {
        for (int i = 0; i < buckets / 2; i++) {
            int a = 2 * i;
            int b = a + 1;
            bucketX0[i] = bucketX0[a];
            bucketX1[i] = bucketX1[b];
            bucketMin[i] = Math.min(bucketMin[a], bucketMin[b]);
            bucketMax[i] = Math.max(bucketMax[a], bucketMax[b]);
            bucketLast[i] = bucketLast[b];
            bucketCount[i] = bucketCount[a] + bucketCount[b];
        }
        buckets /= 2;
        samplesPerBucket *= 2;
    }

    /**
     * Forgets every sample with x &gt; {@code x} (after a rewind). A bucket that straddles {@code x}
     * keeps its extremes.
     */
    public synchronized void truncateAfter(long x) {
        while (recentCount > 0 && recentX[(recentStart + recentCount - 1) % recentCapacity] > x) {
            recentCount--;
        }
        while (buckets > 0 && bucketX0[buckets - 1] > x) {
            buckets--;
        }
        if (buckets > 0 && bucketX1[buckets - 1] > x) {
            bucketX1[buckets - 1] = x;
        }
        version++;
    }

    /** Changes every time samples are added or removed. */
    public synchronized long version() {
        return version;
    }

    /** The last value appended, or NaN. */
    public synchronized double lastValue() {
        return recentCount == 0 ? Double.NaN : recentY[(recentStart + recentCount - 1) % recentCapacity];
    }

    /** The last x appended, or -1. */
    public synchronized long lastX() {
        return recentCount == 0 ? -1 : recentX[(recentStart + recentCount - 1) % recentCapacity];
    }

    /**
     * Copies the history into {@code into} (reused between frames): buckets for the range before the
     * first recent sample, raw recent samples after it, in increasing x.
     */
    public synchronized Snapshot snapshot(Snapshot into) {
        Snapshot s = into == null ? new Snapshot() : into;
        long firstRecent = recentCount == 0 ? Long.MAX_VALUE : recentX[recentStart];
        int old = 0;
        // a bucket that began before the recent samples holds older extremes: keep it
        while (old < buckets && bucketX0[old] < firstRecent) {
            old++;
        }
        s.ensure(old + recentCount);
        for (int b = 0; b < old; b++) {
            s.x[b] = bucketX0[b];
            s.min[b] = bucketMin[b];
            s.max[b] = bucketMax[b];
            s.last[b] = bucketLast[b];
        }
        for (int i = 0; i < recentCount; i++) {
            int slot = (recentStart + i) % recentCapacity;
            s.x[old + i] = recentX[slot];
            s.min[old + i] = recentY[slot];
            s.max[old + i] = recentY[slot];
            s.last[old + i] = recentY[slot];
        }
        s.count = old + recentCount;
        s.version = version;
        return s;
    }

    /**
     * A copy of a history in increasing x: entry i stands for the samples from x[i] up to x[i+1]
     * (a single sample for the recent part), with extremes min[i], max[i] and last value last[i].
     */
    public static final class Snapshot {
        public double[] x = new double[0];
        public double[] min = new double[0];
        public double[] max = new double[0];
        public double[] last = new double[0];
        public int count;
        public long version = -1;

        void ensure(int size) {
            if (x.length < size) {
                int n = Math.max(size, x.length * 2);
                x = Arrays.copyOf(x, n);
                min = Arrays.copyOf(min, n);
                max = Arrays.copyOf(max, n);
                last = Arrays.copyOf(last, n);
            }
        }
    }
}
