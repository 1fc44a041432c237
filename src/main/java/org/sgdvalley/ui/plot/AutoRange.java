package org.sgdvalley.ui.plot;

/**
 * Axis ranges that fit the data and stay put while it changes a little, so a live plot does not
 * jitter and its frame need not be redrawn every frame.
 */
final class AutoRange {

    /** Round values an x range may end at, times a power of ten: at most 25% empty space. */
    private static final double[] NICE = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};

    private AutoRange() {
    }

    /**
     * From the first x to a round value at or above the last x (the right end grows in steps as a run
     * goes on). NaN bounds mean no data.
     */
    static Range x(double lo, double hi, AxisScale scale) {
        if (!(scale.accepts(lo) && scale.accepts(hi) && hi > lo)) {
            return Range.around(lo, hi, scale, 0);
        }
        return new Range(lo, scale == AxisScale.LOG ? niceCeil(hi) : lo + niceCeil(hi - lo));
    }

    /**
     * The data range with a 5% margin, rounded outwards to the tick step of a linear axis (but not
     * across zero when the data stays on one side of it), or to 1, 2 or 5 times a power of ten on a
     * log axis. NaN bounds mean no data.
     */
    static Range y(double lo, double hi, AxisScale scale) {
        Range padded = Range.around(lo, hi, scale, 0.05);
        if (scale == AxisScale.LOG) {
            return new Range(oneTwoFive(padded.min(), false), oneTwoFive(padded.max(), true));
        }
        AxisTicks ticks = AxisTicks.linear(padded.min(), padded.max(), 6);
        double step = ticks.major().length >= 2 ? ticks.major()[1] - ticks.major()[0] : padded.max() - padded.min();
        double a = Math.floor(padded.min() / step + 1e-9) * step;
        double b = Math.ceil(padded.max() / step - 1e-9) * step;
        // data that never crosses zero (a count, a norm) gets no margin beyond it
        if (lo >= 0 && a < 0) {
            a = 0;
        }
        if (hi <= 0 && b > 0) {
            b = 0;
        }
        if (lo == 0 && hi == 0) {
            return new Range(0, 1); // all zero (l0 at an all-zero start): the axis begins at zero too
        }
        return b > a ? new Range(a, b) : padded;
    }

    /** The smallest NICE value times a power of ten that is at least {@code v > 0}. */
    static double niceCeil(double v) {
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double n : NICE) {
            if (n * power >= v * (1 - 1e-12)) {
                return n * power;
            }
        }
        return 10 * power;
    }

    private static double oneTwoFive(double v, boolean up) {
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        double[] steps = {1, 2, 5, 10};
        if (up) {
            for (double n : steps) {
                if (n * power >= v * (1 - 1e-12)) {
                    return n * power;
                }
            }
        }
        for (int i = steps.length - 1; i >= 0; i--) {
            if (steps[i] * power <= v * (1 + 1e-12)) {
                return steps[i] * power;
            }
        }
        return power;
    }
}
