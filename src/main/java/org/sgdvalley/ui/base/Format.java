package org.sgdvalley.ui.base;

import java.util.Locale;

/** Number formats of the status bar and readouts, short enough to read from the back of a room. */
public final class Format {
    private Format() {
    }

    /** 3 significant digits, scientific when far from 1: 0.25, 4.2e-2, 1200, 1.3e+05. */
    public static String value(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        double a = Math.abs(v);
        if (a != 0 && (a < 1e-2 || a >= 1e4)) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        if (a >= 1e3) {
            // %.3g would print 1.20e+03: a whole number reads better up to 9999
            return String.format(Locale.ROOT, "%.0f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    /** A count: 950, 12.3k, 4.5M. */
    public static String count(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) {
            return trim(String.format(Locale.ROOT, "%.1f", v / 1e6)) + "M";
        }
        if (a >= 1e4) {
            return trim(String.format(Locale.ROOT, "%.1f", v / 1e3)) + "k";
        }
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String trim(String s) {
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
