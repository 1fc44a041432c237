package org.sgdvalley.ui.valley;

import javafx.scene.paint.Color;

/**
 * Colours for losses on a log scale, quantized into bands so that the picture reads as filled
 * contours: viridis-like, dark purple for the valley floor to yellow for the walls.
 */
public final class LogColorScale {
    private static final Color[] STOPS = {
        Color.web("#440154"), Color.web("#414487"), Color.web("#2a788e"), Color.web("#22a884"),
        Color.web("#7ad151"), Color.web("#fde725")};
    /** Number of filled contour bands. */
    static final int LEVELS = 16;

    final double logMin;
    final double logMax;

    LogColorScale(double min, double max) {
        double lo = Math.log10(Math.max(min, 1e-12));
        double hi = Math.log10(Math.max(max, 1e-12));
        this.logMin = lo;
        this.logMax = hi > lo ? hi : lo + 1;
    }

    /** The band (0 .. LEVELS-1) of a loss. */
    int level(double value) {
        double f = (Math.log10(Math.max(value, 1e-300)) - logMin) / (logMax - logMin);
        return (int) Math.max(0, Math.min(LEVELS - 1, Math.floor(f * LEVELS)));
    }

    /** The colour of a band. */
    static Color color(int level) {
        return interpolate((level + 0.5) / LEVELS);
    }

    /** The continuous colour at fraction f of the range (viridis-like, also used by the sweep maps). */
    public static Color interpolate(double f) {
        double x = Math.max(0, Math.min(1, f)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(x));
        return STOPS[i].interpolate(STOPS[i + 1], x - i);
    }
}
