package org.sgdvalley.ui.plot;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * How much drawn data a box in the data area would hide, measured as matplotlib's legend loc="best"
 * does, but on the decimated columns rather than on every point: each visible series covers, in each
 * pixel column, the span from its smallest to its largest value there (at least one line width). The
 * cost of a query is linear in the columns under the box times the series, independent of the points.
 */
final class DataCover {

    private List<ColumnDecimator> columns = List.of();
    private boolean[] shown = new boolean[0];
    private Axis rasterY;
    private Rectangle2D area = Rectangle2D.EMPTY;
    private double scale = 1;
    private double lineWidth = 1;
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
        columns = decimators;
        shown = visible;
        rasterY = y;
        area = dataArea;
        scale = renderScale;
        lineWidth = minSpan;
        total = covered(dataArea);
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
        if (rasterY == null || box == null) {
            return 0;
        }
        // only what is drawn counts: the part of the box inside the data area
        double top = Math.max(0, box.getMinY() - area.getMinY()) * scale;
        double bottom = (Math.min(box.getMaxY(), area.getMaxY()) - area.getMinY()) * scale;
        int from = (int) Math.max(0, Math.floor((box.getMinX() - area.getMinX()) * scale));
        int to = (int) Math.ceil((box.getMaxX() - area.getMinX()) * scale);
        double sum = 0;
        for (int i = 0; i < columns.size() && i < shown.length; i++) {
            if (shown[i]) {
                sum += covered(columns.get(i), from, to, top, bottom);
            }
        }
        return sum / (scale * scale);
    }

    private double covered(ColumnDecimator d, int from, int to, double top, double bottom) {
        double sum = 0;
        int end = Math.min(to, d.columns());
        for (int c = from; c < end; c++) {
            double lo = d.min(c);
            if (!Double.isNaN(lo)) {
                double a = rasterY.toPixel(d.max(c));
                double b = rasterY.toPixel(lo);
                if (!(Double.isFinite(a) && Double.isFinite(b))) {
                    continue;
                }
                double mid = (a + b) / 2;
                double half = Math.max(Math.abs(b - a), lineWidth) / 2;
                sum += Math.max(0, Math.min(bottom, mid + half) - Math.max(top, mid - half));
            }
        }
        return sum;
    }
}
