package org.sgdvalley.engine.sweep;

import java.io.Serializable;

/**
 * One axis of a sweep: {@code count} values of a parameter from {@code lo} to {@code hi}, evenly spaced
 * (or evenly in log scale when {@code log}). Whole-number parameters are rounded and must stay distinct.
 */
public record SweepAxis(SweepParameter parameter, double lo, double hi, int count, boolean log)
        implements Serializable {
    /** The most values one axis may have. */
    public static final int MAX_COUNT = 1000;

    /** Checks the range; the message names what is allowed. */
    public SweepAxis {
        if (parameter == null) {
            throw new IllegalArgumentException("no parameter");
        }
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be an integer in [1, " + MAX_COUNT + "], got " + count);
        }
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo > hi || (count > 1 && lo == hi)) {
            throw new IllegalArgumentException("needs finite lo < hi (lo = hi only with count 1), got " + lo + ":" + hi);
        }
        if (log && !(lo > 0)) {
            throw new IllegalArgumentException("a log axis needs lo > 0, got " + lo);
        }
        if (parameter.integer() && count > 1 && Math.round(hi) - Math.round(lo) < count - 1) {
            throw new IllegalArgumentException(parameter.key() + " takes whole numbers: " + count
                    + " distinct values do not fit in " + lo + ":" + hi);
        }
    }

    /**
     * Parses {@code name=lo:hi:count} or {@code name=lo:hi:count:log}.
     *
     * @throws IllegalArgumentException with a one-line message naming what is wrong
     */
    public static SweepAxis parse(String text) {
        int eq = text.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("expected NAME=lo:hi:count[:log], got \"" + text + "\"");
        }
        SweepParameter parameter = SweepParameter.byKey(text.substring(0, eq).strip());
        if (parameter == null) {
            throw new IllegalArgumentException("unknown parameter \"" + text.substring(0, eq).strip() + "\", allowed: "
                    + String.join(", ", SweepParameter.keys()));
        }
        String[] parts = text.substring(eq + 1).split(":", -1);
        boolean log = parts.length == 4 && parts[3].strip().equals("log");
        if (parts.length != 3 && !log) {
            throw new IllegalArgumentException("expected " + parameter.key() + "=lo:hi:count[:log], got \"" + text + "\"");
        }
        try {
            return new SweepAxis(parameter, Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
                    Integer.parseInt(parts[2].strip()), log);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected numbers in " + parameter.key() + "=lo:hi:count, got \""
                    + text.substring(eq + 1) + "\"");
        }
    }

    /** The i-th value, 0 &lt;= i &lt; count. */
    public double value(int i) {
        if (count == 1) {
            return rounded(lo);
        }
        double f = (double) i / (count - 1);
        double v = log ? Math.exp(Math.log(lo) + f * (Math.log(hi) - Math.log(lo))) : lo + f * (hi - lo);
        return rounded(i == count - 1 ? hi : v);
    }

    /** Every value, in order. */
    public double[] values() {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = value(i);
        }
        return values;
    }

    /**
     * Where {@code v} falls on the axis in index units (0 at the first value, count - 1 at the last),
     * linear or logarithmic like the axis; NaN when it cannot be placed.
     */
    public double position(double v) {
        if (count == 1) {
            return v == value(0) ? 0 : Double.NaN;
        }
        if (log) {
            return v > 0 ? (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) * (count - 1) : Double.NaN;
        }
        return (v - lo) / (hi - lo) * (count - 1);
    }

    /** The value at a position in index units (the inverse of {@link #position}), between grid values too. */
    public double valueAt(double position) {
        if (count == 1) {
            return lo;
        }
        double f = position / (count - 1);
        return log ? Math.exp(Math.log(lo) + f * (Math.log(hi) - Math.log(lo))) : lo + f * (hi - lo);
    }

    /** The axis as it is written on the command line. */
    @Override
    public String toString() {
        return parameter.key() + "=" + lo + ":" + hi + ":" + count + (log ? ":log" : "");
    }

    private double rounded(double v) {
        return parameter.integer() ? Math.rint(v) : v;
    }
}
