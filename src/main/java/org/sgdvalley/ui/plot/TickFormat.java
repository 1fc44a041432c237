package org.sgdvalley.ui.plot;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Short, readable tick labels: {@code 0}, {@code 0.25}, {@code 800}, {@code 10k}, {@code 2.5M}, {@code 1e-4}.
 *
 * <p>Values from 0.001 up to 10^12 are written as plain decimals, shortened with a k, M or G suffix when
 * the step is at least 1000, and the rest in {@code 1e-4} / {@code 2.5e13} notation. Digits after the point follow the tick
 * step, so neighbouring labels have the same precision. Output does not depend on the locale.
 */
public final class TickFormat {

    private static final String[] SUFFIXES = {"k", "M", "G"};

    private TickFormat() {
    }

    /**
     * Formats a tick value.
     *
     * @param value the tick value
     * @param step the distance to the neighbouring tick (for a log axis, the value itself)
     */
    public static String format(double value, double step) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        double precision = Math.abs(step) > 0 && Double.isFinite(step) ? Math.abs(step) : magnitude;
        if (magnitude < precision * 1e-9 || magnitude == 0) {
            return "0";
        }
        if (magnitude < 1e-3 || magnitude >= 1e12) {
            return scientific(value, precision);
        }
        if (magnitude >= 1e3 && precision >= 1e3) {
            int group = magnitude >= 1e9 ? 3 : magnitude >= 1e6 ? 2 : 1;
            double unit = Math.pow(1000, group);
            return plain(value / unit, precision / unit) + SUFFIXES[group - 1];
        }
        return plain(value, precision);
    }

    private static String plain(double value, double precision) {
        int decimals = Math.max(0, Math.min(12, -(int) Math.floor(Math.log10(precision) + 1e-9)));
        // A step such as 2.5 needs one digit more than its magnitude says.
        double scaled = precision * Math.pow(10, decimals);
        if (Math.abs(scaled - Math.rint(scaled)) > 1e-6 * scaled) {
            decimals++;
        }
        return strip(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    private static String scientific(double value, double precision) {
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)) + 1e-9);
        int precisionExponent = (int) Math.floor(Math.log10(precision) + 1e-9);
        int decimals = Math.max(0, Math.min(3, exponent - precisionExponent));
        BigDecimal mantissa = BigDecimal.valueOf(value).movePointLeft(exponent).setScale(decimals, RoundingMode.HALF_UP);
        return strip(mantissa) + "e" + exponent;
    }

    private static String strip(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }
}
