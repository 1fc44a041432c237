package org.sgdvalley.ui.sweep;

import java.util.ArrayList;
import java.util.List;
import org.sgdvalley.engine.sweep.SweepGrid;
import org.sgdvalley.ui.plot.TickFormat;

/**
 * The colour scale of a map: the range of the values shown so far, in log scale for losses that are
 * all positive; the share of diverged seeds always spans 0 to 1.
 */
record ColorRange(double lo, double hi, boolean log) {

    /** The range of {@code quantity} over the grid's finished points. */
    static ColorRange of(SweepGrid grid, String quantity) {
        if (quantity.equals(SweepGrid.DIVERGED)) {
            return new ColorRange(0, 1, false);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < grid.sweep().y().count(); j++) {
            for (int i = 0; i < grid.sweep().x().count(); i++) {
                double v = grid.value(quantity, i, j);
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new ColorRange(lo, hi, SweepGrid.logScale(quantity) && lo > 0);
    }

    /** Whether any value is known yet. */
    boolean known() {
        return lo <= hi;
    }

    /** Where a value sits in the range, 0 to 1 (0.5 when the range is a single value). */
    double fraction(double v) {
        if (!known() || hi == lo) {
            return 0.5;
        }
        double f = log ? Math.log(v / lo) / Math.log(hi / lo) : (v - lo) / (hi - lo);
        return Math.max(0, Math.min(1, f));
    }

    /**
     * Ticks as {value, fraction}: decades on a log scale (five evenly placed when fewer than two decades
     * fit), else round numbers about a quarter of the range apart.
     */
    List<double[]> ticks() {
        List<double[]> ticks = new ArrayList<>();
        if (hi == lo) {
            ticks.add(new double[] {lo, 0.5});
            return ticks;
        }
        if (log) {
            for (int k = (int) Math.ceil(Math.log10(lo)); Math.pow(10, k) <= hi; k++) {
                ticks.add(new double[] {Math.pow(10, k), fraction(Math.pow(10, k))});
            }
            if (ticks.size() >= 2) {
                return ticks;
            }
            ticks.clear();
        }
        if (log) {
            for (int k = 0; k <= 4; k++) {
                ticks.add(new double[] {lo * Math.pow(hi / lo, k / 4.0), k / 4.0});
            }
            return ticks;
        }
        double step = niceStep((hi - lo) / 4);
        for (double v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) {
            ticks.add(new double[] {v, fraction(v)});
        }
        return ticks;
    }

    /** The 1, 2, 2.5 or 5 times a power of ten nearest above {@code rough}. */
    private static double niceStep(double rough) {
        double decade = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * decade >= rough) {
                return m * decade;
            }
        }
        return 10 * decade;
    }

    /** A tick label. */
    String format(double v) {
        if (log) {
            return TickFormat.format(v, v);
        }
        return TickFormat.format(v, niceStep((hi - lo) / 4));
    }
}
