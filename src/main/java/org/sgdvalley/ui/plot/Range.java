package org.sgdvalley.ui.plot;

/**
 * A closed interval of data values, {@code min < max}, used for axis ranges and zoom.
 *
 * @param min lower end
 * @param max upper end, greater than {@code min}
 */
public record Range(double min, double max) {

    /** Checks that both ends are finite and {@code min < max}. */
    public Range {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
            throw new IllegalArgumentException("range must be finite with min < max, got [" + min + ", " + max + "]");
        }
    }

    /**
     * The smallest valid range covering {@code lo..hi} on the given scale, with a small margin so that
     * data does not touch the frame. A degenerate or empty input gets a default width.
     *
     * @param lo smallest data value, or NaN when there is no data
     * @param hi largest data value, or NaN when there is no data
     * @param scale the axis scale; for {@link AxisScale#LOG} both ends must be positive
     * @param margin fraction of the span (in scale units) added on each side, e.g. 0.05
     */
    public static Range around(double lo, double hi, AxisScale scale, double margin) {
        boolean log = scale == AxisScale.LOG;
        if (!(scale.accepts(lo) && scale.accepts(hi) && lo <= hi)) {
            return log ? new Range(1, 10) : new Range(0, 1);
        }
        double a = log ? Math.log10(lo) : lo;
        double b = log ? Math.log10(hi) : hi;
        double pad = (b - a) * margin;
        if (b - a <= Math.ulp(Math.max(Math.abs(a), Math.abs(b))) * 4) {
            pad = log ? 0.5 : Math.max(Math.abs(a) * 0.1, 0.5);
        }
        a -= pad;
        b += pad;
        return log ? new Range(Math.pow(10, a), Math.pow(10, b)) : new Range(a, b);
    }
}
