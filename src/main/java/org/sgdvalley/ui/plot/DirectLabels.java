package org.sgdvalley.ui.plot;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import javafx.geometry.Rectangle2D;

/**
 * Places labels beside the right edge of the data area at the heights where their lines end (Tufte's
 * and Distill's direct labels), pushed apart along y, the one free axis, so that none overlaps
 * another (as ggrepel does), and kept inside the data area's height.
 */
final class DirectLabels {

    private DirectLabels() {
    }

    /**
     * The centre heights of labels {@code rowHeight} high that sit as near as they can to the wanted
     * heights without overlapping. A NaN height (a line with no data, or hidden) goes below the rest.
     */
    static double[] repel(double[] wanted, double rowHeight, Rectangle2D area) {
        int n = wanted.length;
        double top = area.getMinY() + rowHeight / 2;
        double bottom = area.getMaxY() - rowHeight / 2;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = Double.isNaN(wanted[i]) ? bottom : Math.max(top, Math.min(bottom, wanted[i]));
        }
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        // in the order of the lines' ends, even where several are clamped to the same edge
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> Double.isNaN(wanted[i]) ? 1 : 0)
                .thenComparingDouble(i -> Double.isNaN(wanted[i]) ? 0 : wanted[i]));
        for (int k = 1; k < n; k++) {
            y[order[k]] = Math.max(y[order[k]], y[order[k - 1]] + rowHeight);
        }
        if (n > 0 && y[order[n - 1]] > bottom) {
            y[order[n - 1]] = bottom;
            for (int k = n - 2; k >= 0; k--) {
                y[order[k]] = Math.min(y[order[k]], y[order[k + 1]] - rowHeight);
            }
        }
        for (int i = 0; i < n; i++) {
            y[i] = Math.round(y[i]);
        }
        return y;
    }

    /** Whether any label would move by more than {@code tolerance} pixels (or the labels changed). */
    static boolean movedFrom(double[] drawn, double[] wanted, double tolerance) {
        if (drawn.length != wanted.length) {
            return true;
        }
        for (int i = 0; i < drawn.length; i++) {
            if (Math.abs(drawn[i] - wanted[i]) > tolerance) {
                return true;
            }
        }
        return false;
    }
}
