package org.sgdvalley.engine.run;

import java.util.Arrays;

/**
 * The path of one run through parameter space, for landscape pictures: a thinned record of iterates
 * over the whole run (pairs of consecutive iterates every {@code stride} steps, the stride doubling
 * whenever the record is full, so memory stays bounded) and the last {@value #RECENT} consecutive iterates before each status.
 *
 * <p>Written by the trainer thread, read by any thread: every method is synchronized and readers get
 * copies. Vectors of the thinned record are never modified after they are stored, so copies of it
 * share them; the recent iterates are rewritten in place (they change every few hundred steps, and
 * fresh arrays for them were most of the trainer's garbage) and are copied out whole.
 */
public final class Trajectory {
    /** Number of consecutive recent iterates kept. */
    public static final int RECENT = 24;
    private static final long BUDGET_DOUBLES = 1_000_000;
    private static final int MAX_POINTS = 8192;

    private final int capacity;
    private long[] iterations;
    private double[][] points;
    private int count;
    private long stride = 1;
    private final long[] recentIterations = new long[RECENT];
    private final double[][] recent = new double[RECENT][];
    private int recentCount;
    private int recentHead;
    private long version;

    /** A record for parameter vectors of {@code parameterCount} entries. */
    public Trajectory(int parameterCount) {
        this.capacity = (int) Math.max(64, Math.min(MAX_POINTS, BUDGET_DOUBLES / Math.max(1, parameterCount)));
        this.iterations = new long[capacity];
        this.points = new double[capacity][];
    }

    /** Whether iteration {@code t} belongs to the thinned record (so the caller copies only then). */
    public synchronized boolean wants(long t) {
        return kept(t, stride) && (count == 0 || t > iterations[count - 1]);
    }

    /** The first iteration after {@code t} that the thinned record would take. */
    public synchronized long nextWanted(long t) {
        long next = count == 0 ? t + 1 : Math.max(t, iterations[count - 1]) + 1;
        long r = next % stride;
        return stride == 1 || r <= 1 ? next : next + stride - r;
    }

    /** Records the iterate at iteration {@code t} if it belongs to the thinned record. */
    public synchronized void record(long t, double[] params) {
        if (!wants(t)) {
            return;
        }
        if (count == capacity) {
            thin();
            if (!kept(t, stride)) {
                return;
            }
        }
        iterations[count] = t;
        points[count] = params.clone();
        count++;
        version++;
    }

    /** Records one of the consecutive recent iterates. */
    public synchronized void recordRecent(long t, double[] params) {
        double[] slot = recent[recentHead];
        if (slot == null || slot.length != params.length) {
            slot = new double[params.length];
        }
        System.arraycopy(params, 0, slot, 0, params.length);
        recent[recentHead] = slot;
        recentIterations[recentHead] = t;
        recentHead = (recentHead + 1) % RECENT;
        recentCount = Math.min(RECENT, recentCount + 1);
        version++;
    }

    /**
     * Iterations t and t + 1 for every multiple t of the stride: pairs of consecutive iterates, so that
     * a thinned path still shows the jump from one side of the valley to the other.
     */
    private static boolean kept(long t, long stride) {
        return stride == 1 || t % stride <= 1;
    }

    private void thin() {
        // pairs (t, t + 1) at multiples of 2 are every iterate: the first thinning goes to stride 4
        stride = stride == 1 ? 4 : stride * 2;
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (kept(iterations[i], stride)) {
                iterations[kept] = iterations[i];
                points[kept] = points[i];
                kept++;
            }
        }
        Arrays.fill(points, kept, count, null);
        count = kept;
    }

    /** Forgets everything after iteration {@code t} (after a rewind). */
    public synchronized void truncateAfter(long t) {
        while (count > 0 && iterations[count - 1] > t) {
            points[--count] = null;
        }
        recentCount = 0;
        recentHead = 0;
        version++;
    }

    /** A number that changes with every write. */
    public synchronized long version() {
        return version;
    }

    /** A copy of the thinned record, in order of iteration. */
    public synchronized Points points() {
        return new Points(Arrays.copyOf(iterations, count), Arrays.copyOf(points, count));
    }

    /** The recent consecutive iterates, oldest first. */
    public synchronized Points recent() {
        long[] t = new long[recentCount];
        double[][] p = new double[recentCount][];
        int start = Math.floorMod(recentHead - recentCount, RECENT);
        for (int i = 0; i < recentCount; i++) {
            t[i] = recentIterations[(start + i) % RECENT];
            p[i] = recent[(start + i) % RECENT].clone();
        }
        return new Points(t, p);
    }

    /** Iterates and their iteration numbers; the arrays must not be modified. */
    public record Points(long[] iterations, double[][] params) {
        public int size() {
            return iterations.length;
        }
    }
}
