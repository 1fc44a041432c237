package org.sgdvalley.ui.plot;

import java.util.Arrays;

/**
 * Tick positions of an axis, in data values, with the labels of the major ticks.
 *
 * @param major values of labelled ticks, ascending
 * @param labels one label per major tick
 * @param minor values of unlabelled ticks, ascending (may be empty)
 */
public record AxisTicks(double[] major, String[] labels, double[] minor) {

    private static final double EPS = 1e-9;

    /** Ticks at multiples of the finest step of 1, 2 or 5 times a power of ten giving at most {@code maxMajor} ticks. */
    public static AxisTicks linear(double min, double max, int maxMajor) {
        int exponent = (int) Math.floor(Math.log10((max - min) / maxMajor)) - 1;
        int mantissa = 1;
        while (count(min, max, mantissa, exponent) > maxMajor) {
            mantissa = mantissa == 1 ? 2 : mantissa == 2 ? 5 : 1;
            exponent += mantissa == 1 ? 1 : 0;
        }
        double step = times(mantissa, exponent);
        long first = (long) Math.ceil(min / step - EPS);
        int n = count(min, max, mantissa, exponent);
        double[] major = new double[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            major[i] = times((first + i) * mantissa, exponent);
            labels[i] = TickFormat.format(major[i], step);
        }
        return new AxisTicks(major, labels, new double[0]);
    }

    private static int count(double min, double max, int mantissa, int exponent) {
        double step = times(mantissa, exponent);
        return (int) Math.max(0, Math.floor(max / step + EPS) - Math.ceil(min / step - EPS) + 1);
    }

    /**
     * Decades for a range spanning at least two of them (every n-th decade when there are more than
     * {@code maxMajor}), with minor ticks at 2..9 times each decade or at the skipped decades.
     * A narrower range gets 1-2-5 ticks, or linear ticks when those are too few.
     */
    static AxisTicks log(double min, double max, int maxMajor) {
        int kFirst = (int) Math.ceil(Math.log10(min) - EPS);
        int kLast = (int) Math.floor(Math.log10(max) + EPS);
        int decades = kLast - kFirst + 1;
        if (decades < 2) {
            return oneTwoFive(min, max, maxMajor, kFirst, kLast);
        }
        int stride = (decades + maxMajor - 1) / maxMajor;
        double[] major = new double[decades];
        double[] minor = new double[decades * 8 + 8];
        int nMajor = 0;
        int nMinor = 0;
        for (int k = kFirst - 1; k <= kLast; k++) {
            if (k >= kFirst) {
                if (Math.floorMod(k, stride) == 0) {
                    major[nMajor++] = decade(k);
                } else {
                    minor[nMinor++] = decade(k);
                }
            }
            for (int j = 2; stride == 1 && j <= 9; j++) {
                double v = times(j, k);
                if (v >= min * (1 - EPS) && v <= max * (1 + EPS)) {
                    minor[nMinor++] = v;
                }
            }
        }
        major = Arrays.copyOf(major, nMajor);
        minor = Arrays.copyOf(minor, nMinor);
        Arrays.sort(minor);
        String[] labels = new String[nMajor];
        for (int i = 0; i < nMajor; i++) {
            labels[i] = TickFormat.format(major[i], major[i]);
        }
        return new AxisTicks(major, labels, minor);
    }

    private static AxisTicks oneTwoFive(double min, double max, int maxMajor, int kFirst, int kLast) {
        double[] values = new double[(kLast - kFirst + 3) * 3];
        int n = 0;
        for (int k = kFirst - 1; k <= kLast; k++) {
            for (int mantissa : new int[] {1, 2, 5}) {
                double v = times(mantissa, k);
                if (v >= min * (1 - EPS) && v <= max * (1 + EPS)) {
                    values[n++] = v;
                }
            }
        }
        if (n < 2 || n > maxMajor) {
            return linear(min, max, maxMajor);
        }
        double[] major = Arrays.copyOf(values, n);
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = TickFormat.format(major[i], major[i]);
        }
        return new AxisTicks(major, labels, new double[0]);
    }

    /** 10^k, exact to the last bit for negative k too. */
    private static double decade(int k) {
        return times(1, k);
    }

    /**
     * {@code multiple * 10^k}, dividing by an exact power of ten for negative k so that 3 x 0.1 gives 0.3
     * rather than 0.30000000000000004.
     */
    private static double times(long multiple, int k) {
        return k >= 0 ? multiple * Math.pow(10, k) : multiple / Math.pow(10, -k);
    }
}
