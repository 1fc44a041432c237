package org.sgdvalley.ui.plot;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * How much drawn data a box in the data area would hide, measured as matplotlib's legend loc="best"
 * does, but on the decimated columns rather than on every point: each visible series covers, in each
 * pixel column, the rows it is drawn on there: from its smallest to its largest value, and across
 * empty columns the straight segment that joins its samples (at least one line width). Updating costs
 * the columns times the series, independent of the points; a query costs the columns under the box
 * times the series.
 */
final class DataCover {

    private double[][] top = new double[0][];
    private double[][] bottom = new double[0][];
    private int series;
    private int columns;
    private Rectangle2D area = Rectangle2D.EMPTY;
    private double scale = 1;
    private double total;

    /**
     * Takes the columns of the last decimation.
     *
     * @param decimators one per series, in raster columns
     * @param visible which series are drawn
     * @param y the raster's y axis (raster rows)
     * @param dataArea the data area in view pixels
     * @param renderScale raster pixels per view pixel
     * @param minSpan the least height a drawn column covers, in raster pixels (the line width)
     */
    void update(List<ColumnDecimator> decimators, boolean[] visible, Axis y, Rectangle2D dataArea, double renderScale,
            double minSpan) {
        area = dataArea;
        scale = renderScale;
        series = Math.min(decimators.size(), visible.length);
        columns = 0;
        for (int i = 0; i < series; i++) {
            columns = Math.max(columns, decimators.get(i).columns());
        }
        if (top.length < series || (series > 0 && top[0].length < columns)) {
            top = new double[Math.max(series, top.length)][Math.max(columns, top.length > 0 ? top[0].length : 0)];
            bottom = new double[top.length][top[0].length];
        }
        for (int i = 0; i < series; i++) {
            spans(decimators.get(i), visible[i], y, minSpan, top[i], bottom[i]);
        }
        total = covered(dataArea);
    }

    /** The rows series {@code d} is drawn on in each column (top > bottom for none). */
    private void spans(ColumnDecimator d, boolean shown, Axis y, double minSpan, double[] tops, double[] bottoms) {
        int previous = -1;
        double previousY = 0;
        int n = shown ? d.columns() : 0;
        for (int c = 0; c < columns; c++) {
            tops[c] = 1;
            bottoms[c] = 0;
        }
        for (int c = 0; c < n; c++) {
            double lo = d.min(c);
            if (Double.isNaN(lo) || Double.isNaN(d.first(c))) {
                continue;
            }
            double entry = y.toPixel(d.first(c));
            for (int k = previous + 1; previous >= 0 && k < c; k++) {
                double ya = previousY + (entry - previousY) * (k - previous) / (c - previous);
                double yb = previousY + (entry - previousY) * (k + 1 - previous) / (c - previous);
                set(tops, bottoms, k, ya, yb, minSpan);
            }
            set(tops, bottoms, c, Math.min(y.toPixel(d.max(c)), entry), Math.max(y.toPixel(lo), entry), minSpan);
            previous = c;
            previousY = Double.isNaN(d.last(c)) ? entry : y.toPixel(d.last(c));
        }
    }

    private static void set(double[] tops, double[] bottoms, int c, double a, double b, double minSpan) {
        if (!(Double.isFinite(a) && Double.isFinite(b))) {
            return;
        }
        double mid = (a + b) / 2;
        double half = Math.max(Math.abs(b - a), minSpan) / 2;
        tops[c] = mid - half;
        bottoms[c] = mid + half;
    }

    /** The drawn data in the whole data area, in view pixels squared. */
    double total() {
        return total;
    }

    /** The fraction of all drawn data that lies under {@code box} (0 when nothing is drawn). */
    double fraction(Rectangle2D box) {
        return total > 0 ? Math.min(1, covered(box) / total) : 0;
    }

    /** The drawn data under {@code box} (view coordinates), in view pixels squared. */
    double covered(Rectangle2D box) {
        if (box == null) {
            return 0;
        }
        // only what is drawn counts: the part of the box inside the data area
        double from = Math.max(0, box.getMinY() - area.getMinY()) * scale;
        double to = (Math.min(box.getMaxY(), area.getMaxY()) - area.getMinY()) * scale;
        int first = (int) Math.max(0, Math.floor((box.getMinX() - area.getMinX()) * scale));
        int last = (int) Math.min(columns, Math.ceil((box.getMaxX() - area.getMinX()) * scale));
        double sum = 0;
        for (int i = 0; i < series; i++) {
            double[] tops = top[i];
            double[] bottoms = bottom[i];
            for (int c = first; c < last; c++) {
                sum += Math.max(0, Math.min(to, bottoms[c]) - Math.max(from, tops[c]));
            }
        }
        return sum / (scale * scale);
    }
}
