package org.sgdvalley.ui;

import org.sgdvalley.engine.optim.StepSizeSchedule;

/**
 * The range of the logarithmic step-size slider for one run: every step size its schedule plans (a
 * warm-up's peak included) and its live step size, with room above to push it towards the edge.
 */
final class StepSizeRange {
    /** Headroom above the largest planned or live step size. */
    static final double ROOM_ABOVE = 4;
    /** The slider spans at least this factor, and at most a million. */
    private static final double LEAST_SPAN = 4000;
    private static final double MOST_SPAN = 1e6;

    private StepSizeRange() {
    }

    /**
     * The slider's {min, max} as powers of ten, for a run following {@code schedule} whose step size is
     * now {@code current} (ignored unless positive).
     */
    static double[] exponents(StepSizeSchedule schedule, double current) {
        double top = plannedPeak(schedule);
        double low = plannedLeast(schedule);
        if (current > 0 && Double.isFinite(current)) {
            top = Math.max(top, current);
            low = Math.min(low, current);
        }
        double max = Math.log10(ROOM_ABOVE * top);
        double min = Math.min(Math.log10(low / 2), max - Math.log10(LEAST_SPAN));
        return new double[] {Math.max(min, max - Math.log10(MOST_SPAN)), max};
    }

    /** Whether {@code eta} lies in the range with room above it (else the slider is refitted). */
    static boolean fits(double[] exponents, double eta) {
        double e = Math.log10(eta);
        return e >= exponents[0] && e <= exponents[1] - Math.log10(2);
    }

    /**
     * The largest step size the schedule plans. Every shape is monotone between decays (warm-ups rise,
     * the cosine falls), so the extremes are at the first and last iteration and around each decay.
     */
    static double plannedPeak(StepSizeSchedule schedule) {
        double peak = 0;
        for (long t : candidates(schedule)) {
            peak = Math.max(peak, schedule.at(t));
        }
        return peak;
    }

    /** The smallest step size the schedule plans (see {@link #plannedPeak}). */
    static double plannedLeast(StepSizeSchedule schedule) {
        double least = Double.POSITIVE_INFINITY;
        for (long t : candidates(schedule)) {
            least = Math.min(least, schedule.at(t));
        }
        return least;
    }

    private static long[] candidates(StepSizeSchedule schedule) {
        long last = schedule.totalSteps() - 1;
        long[] decays = schedule.decayIterations();
        long[] t = new long[2 + 2 * decays.length];
        t[0] = 0;
        t[1] = last;
        for (int i = 0; i < decays.length; i++) {
            t[2 + 2 * i] = Math.min(last, Math.max(0, decays[i] - 1));
            t[3 + 2 * i] = Math.min(last, Math.max(0, decays[i]));
        }
        return t;
    }
}
