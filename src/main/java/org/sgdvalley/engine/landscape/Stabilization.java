package org.sgdvalley.engine.landscape;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;

/**
 * Detects loss stabilization, "the training loss stops decreasing and hovers in a band bounded away
 * from 0": the longest stretch, covering at least {@link #MIN_FRACTION} of the iterations shown, where
 * the training loss jumps around (see {@link #MIN_ROUGHNESS}) while, smoothed by a running median, it
 * stays within a band of {@link #BAND_DECADES} decades, has no downward (or upward) trend (see
 * {@link #MAX_TREND_DECADES}) and is bounded away from zero (less than {@link #FLOOR_DECADES} decades
 * below the highest loss). A run that simply converges, even slowly and noisily at a step size just
 * below the bouncing regime, keeps falling and has no such stretch.
 */
public final class Stabilization {
    /** Width of the band, in decades of the smoothed loss (a factor of 10, as 1e-2 .. 1.3e-1 in E1). */
    public static final double BAND_DECADES = 1.0;
    /**
     * The smallest mean distance, in decades, of the raw loss from its running median inside the phase:
     * a bouncing loss jumps around, a slow smooth descent (gradient flow) does not.
     */
    public static final double MIN_ROUGHNESS = 0.05;
    /**
     * The most the smoothed log-loss may rise or fall across a phase, in decades, measured by its
     * least-squares line from the phase's first to its last iteration (a fifth of the band, a factor of
     * 1.6). A loss that stops decreasing has no trend (E1 at 0.275, GD in E2 and E3, the toy: under 0.15);
     * a run that converges slowly and noisily (E1 at 0.24) keeps falling by about a decade every 10,000
     * steps, so any stretch of it long enough to count falls by more, though its noise can hide the
     * fall from a comparison of the two ends alone.
     */
    public static final double MAX_TREND_DECADES = BAND_DECADES / 5;
    /**
     * How far below the highest loss the band may sit and still count as "away from zero". The highest
     * raw sample, not the highest smoothed one: a fast first drop must not lower the reference.
     */
    public static final double FLOOR_DECADES = 6;
    /** The smallest share of the iterations shown, first sample to last, a phase must span. */
    public static final double MIN_FRACTION = 0.15;

    /**
     * A stabilization phase from iteration {@code start} to {@code end}, with the smoothed loss between
     * {@code low} and {@code high}.
     */
    public record Phase(double start, double end, double low, double high) {
    }

    private Stabilization() {
    }

    /** The phase in the first {@code count} samples (x ascending), if there is one. */
    public static Optional<Phase> detect(double[] x, double[] loss, int count) {
        double[] xs = new double[count];
        double[] logs = new double[count];
        int m = 0;
        for (int i = 0; i < count; i++) {
            if (loss[i] > 0 && Double.isFinite(loss[i])) {
                xs[m] = x[i];
                logs[m] = Math.log10(loss[i]);
                m++;
            }
        }
        if (m < 20) {
            return Optional.empty();
        }
        double[] smooth = runningMedian(logs, m, Math.max(3, m / 25));
        double floor = Arrays.stream(logs, 0, m).max().orElse(0) - FLOOR_DECADES;
        int[] best = longestBand(smooth, xs, m, floor);
        if (best == null || xs[best[1]] - xs[best[0]] < MIN_FRACTION * (xs[m - 1] - xs[0])) {
            return Optional.empty();
        }
        double roughness = 0;
        for (int i = best[0]; i <= best[1]; i++) {
            roughness += Math.abs(logs[i] - smooth[i]);
        }
        if (roughness / (best[1] - best[0] + 1) < MIN_ROUGHNESS) {
            return Optional.empty();
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = best[0]; i <= best[1]; i++) {
            lo = Math.min(lo, smooth[i]);
            hi = Math.max(hi, smooth[i]);
        }
        return Optional.of(new Phase(xs[best[0]], xs[best[1]], Math.pow(10, lo), Math.pow(10, hi)));
    }

    /**
     * The [i, j] spanning the most x with max - min of {@code s} at most the band, every value above the
     * floor, its ends at most half the band apart (the start is past the first descent) and no steady
     * trend in between (see {@link #MAX_TREND_DECADES}: a slow descent is not a band).
     */
    private static int[] longestBand(double[] s, double[] xs, int m, double floor) {
        Deque<Integer> maxQ = new ArrayDeque<>();
        Deque<Integer> minQ = new ArrayDeque<>();
        Trend trend = new Trend(xs, s, m);
        int[] best = null;
        int left = 0;
        for (int right = 0; right < m; right++) {
            if (s[right] < floor) {
                maxQ.clear();
                minQ.clear();
                left = right + 1;
                continue;
            }
            while (!maxQ.isEmpty() && s[maxQ.peekLast()] <= s[right]) {
                maxQ.pollLast();
            }
            maxQ.addLast(right);
            while (!minQ.isEmpty() && s[minQ.peekLast()] >= s[right]) {
                minQ.pollLast();
            }
            minQ.addLast(right);
            while (s[maxQ.peekFirst()] - s[minQ.peekFirst()] > BAND_DECADES) {
                left++;
                if (maxQ.peekFirst() < left) {
                    maxQ.pollFirst();
                }
                if (minQ.peekFirst() < left) {
                    minQ.pollFirst();
                }
            }
            int start = left;
            while (start < right && (Math.abs(s[right] - s[start]) > BAND_DECADES / 2
                    || Math.abs(trend.decades(start, right)) > MAX_TREND_DECADES)) {
                start++;
            }
            if (best == null || xs[right] - xs[start] > xs[best[1]] - xs[best[0]]) {
                best = new int[] {start, right};
            }
        }
        return best;
    }

    /** Least-squares slopes of y over x on any [i, j], from running sums. */
    private static final class Trend {
        private final double[] x;
        private final double[] sx;
        private final double[] sy;
        private final double[] sxx;
        private final double[] sxy;

        Trend(double[] x, double[] y, int m) {
            this.x = x;
            sx = new double[m + 1];
            sy = new double[m + 1];
            sxx = new double[m + 1];
            sxy = new double[m + 1];
            for (int i = 0; i < m; i++) {
                double u = x[i] - x[0];
                sx[i + 1] = sx[i] + u;
                sy[i + 1] = sy[i] + y[i];
                sxx[i + 1] = sxx[i] + u * u;
                sxy[i + 1] = sxy[i] + u * y[i];
            }
        }

        /** The rise (negative: fall) of the least-squares line through [i, j] from x[i] to x[j]. */
        double decades(int i, int j) {
            int k = j - i + 1;
            double mx = (sx[j + 1] - sx[i]) / k;
            double my = (sy[j + 1] - sy[i]) / k;
            double varX = (sxx[j + 1] - sxx[i]) / k - mx * mx;
            double covXY = (sxy[j + 1] - sxy[i]) / k - mx * my;
            return varX <= 0 ? 0 : covXY / varX * (x[j] - x[i]);
        }
    }

    /** Median over a centred window of {@code 2 half + 1} samples (shorter at the ends). */
    static double[] runningMedian(double[] v, int m, int half) {
        double[] out = new double[m];
        double[] window = new double[2 * half + 1];
        for (int i = 0; i < m; i++) {
            int from = Math.max(0, i - half);
            int to = Math.min(m, i + half + 1);
            int k = to - from;
            System.arraycopy(v, from, window, 0, k);
            Arrays.sort(window, 0, k);
            out[i] = k % 2 == 1 ? window[k / 2] : 0.5 * (window[k / 2 - 1] + window[k / 2]);
        }
        return out;
    }
}
