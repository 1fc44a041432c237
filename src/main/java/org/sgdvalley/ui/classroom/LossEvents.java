package org.sgdvalley.ui.classroom;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/**
 * Recognizes the events worth pointing at in a run's history, from plain arrays (no toolkit): a loss
 * that has stabilized in a band, and a sparsity measure that has fallen.
 */
final class LossEvents {
    /** Below this, a flat loss is convergence, not stabilization. */
    static final double MIN_STABLE_LOSS = 1e-4;
    /** The later half of the window may differ from the earlier half by at most this factor. */
    static final double FLAT_FACTOR = 1.6;
    /** Steps a run must have done before its loss can be called stable. */
    static final long MIN_STEPS = 2000;

    private LossEvents() {
    }

    /**
     * The level at which the loss hovers when it has stopped falling over the second half of the
     * iterations so far (but is bounded away from zero), else NaN. Only points before {@code until}
     * (the first decay) count: after a decay the loss is expected to drop.
     */
    static double stabilizedLevel(double[] x, double[] y, int count, double until) {
        int end = count;
        while (end > 0 && x[end - 1] > until) {
            end--;
        }
        if (end < 8 || x[end - 1] < MIN_STEPS) {
            return Double.NaN;
        }
        double now = x[end - 1];
        double early = median(x, y, end, now / 2, 3 * now / 4);
        double late = median(x, y, end, 3 * now / 4, now + 1);
        if (!(early > 0 && late > 0) || late < MIN_STABLE_LOSS) {
            return Double.NaN;
        }
        double ratio = late / early;
        return ratio < FLAT_FACTOR && ratio > 1 / FLAT_FACTOR ? late : Double.NaN;
    }

    private static double median(double[] x, double[] y, int count, double from, double to) {
        double[] window = new double[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (x[i] >= from && x[i] < to && Double.isFinite(y[i])) {
                window[n++] = y[i];
            }
        }
        if (n < 3) {
            return Double.NaN;
        }
        Arrays.sort(window, 0, n);
        return window[n / 2];
    }

    /** The value at the last x at or before {@code at} (the first value if none), NaN if empty. */
    static double valueAt(double[] x, double[] y, int count, double at) {
        double value = Double.NaN;
        for (int i = 0; i < count; i++) {
            if (x[i] > at && !Double.isNaN(value)) {
                break;
            }
            if (Double.isFinite(y[i])) {
                value = y[i];
            }
        }
        return value;
    }

    /** The smallest positive finite value with x at or after {@code from}, NaN if none. */
    static double lowestFrom(double[] x, double[] y, int count, double from) {
        double lowest = Double.NaN;
        for (int i = 0; i < count; i++) {
            if (x[i] >= from && y[i] > 0 && Double.isFinite(y[i]) && !(y[i] >= lowest)) {
                lowest = y[i];
            }
        }
        return lowest;
    }

    /** "4e-2" style: one significant digit, for "loss stabilized at about 4e-2". */
    static String roughly(double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            return String.valueOf(v);
        }
        int exponent = (int) Math.floor(Math.log10(v));
        long mantissa = Math.round(v / Math.pow(10, exponent));
        if (mantissa == 10) {
            mantissa = 1;
            exponent++;
        }
        return exponent >= -1 && exponent <= 2
                ? BigDecimal.valueOf(mantissa).scaleByPowerOfTen(exponent).stripTrailingZeros().toPlainString()
                : mantissa + "e" + exponent;
    }

    /** A metric value as a person says it: integers plainly, fractions with two significant digits. */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return new BigDecimal(v).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
