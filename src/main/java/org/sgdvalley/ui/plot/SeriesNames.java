package org.sgdvalley.ui.plot;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;

/**
 * Decides how a plot names its series and where: direct labels right of the data area when they fit
 * whole (Tufte, Distill); else a small legend inside the data area, where it covers the least drawn
 * data (matplotlib's loc="best"); else a legend beside the data area if that leaves room for the data;
 * else below it in columns; else beside it with its texts shortened.
 */
final class SeriesNames {

    /** Direct labels may take at most this share of the view's width. */
    private static final double DIRECT_LABEL_SHARE = 0.28;
    /** A direct label sits at the mean height of this many columns where its line ends. */
    private static final int END_COLUMNS = 8;
    /** A legend beside the data area may take at most this share of the view's width. */
    private static final double BESIDE_LEGEND_SHARE = 0.35;
    /**
     * The share for a legend of the kinds of curve alone (a key elsewhere names the runs): a few short
     * words, which read whole rather than cut for a wider data area.
     */
    private static final double BESIDE_KINDS_SHARE = 0.45;
    /** A legend below the data area may take at most this share of the height left for data. */
    private static final double BELOW_LEGEND_SHARE = 0.6;
    /** A legend inside the data area may take at most this share of it. */
    private static final double INSIDE_LEGEND_SHARE = 0.12;

    /** How the series are named. */
    private enum Naming { NONE, DIRECT, LEGEND_INSIDE, LEGEND_BESIDE, LEGEND_BELOW }

    private final LegendPainter legend = new LegendPainter(new TextMeasure());
    private double besideShare = BESIDE_LEGEND_SHARE;
    private Naming naming = Naming.NONE;
    private Rectangle2D legendBox;
    private double[] directYs = new double[0];
    private int legendColumns = 1;
    private double fontSize = 12;

    /**
     * Chooses the naming for a view of {@code width x height} whose data area would be
     * {@code areaWidth x areaHeight} without names.
     *
     * @return whether the names' texts changed (the front then needs drawing again)
     */
    boolean choose(PlotModel model, Font font, double width, double height, double areaWidth, double areaHeight) {
        fontSize = font.getSize();
        boolean changed = legend.prepare(model, font, Double.POSITIVE_INFINITY);
        besideShare = model.namedElsewhereProperty().get() ? BESIDE_KINDS_SHARE : BESIDE_LEGEND_SHARE;
        naming = naming(width, height, areaWidth, areaHeight);
        if (naming == Naming.LEGEND_BESIDE && legend.boxWidth() > width * besideShare) {
            changed |= legend.prepare(model, font, width * besideShare - fontSize * 4);
        }
        if (naming == Naming.LEGEND_BELOW) {
            legendColumns = columnsBelow(width);
        }
        return changed;
    }

    /** The room the names take right of the data area, or {@code otherwise} when they take none there. */
    double rightMargin(double otherwise) {
        return switch (naming) {
            case DIRECT -> Math.round(legend.textWidth() + fontSize);
            case LEGEND_BESIDE -> Math.round(legend.boxWidth() + fontSize);
            default -> otherwise;
        };
    }

    /** The room the names take below the data area. */
    double bottomMargin() {
        return naming == Naming.LEGEND_BELOW ? legend.boxHeight(legendColumns) : 0;
    }

    private Naming naming(double width, double height, double areaWidth, double areaHeight) {
        List<LegendPainter.Row> rows = legend.rows();
        if (rows.isEmpty()) {
            return Naming.NONE;
        }
        if (!legend.hasKinds() && rows.size() * legend.rowHeight() <= areaHeight
                && legend.textWidth() + fontSize <= width * DIRECT_LABEL_SHARE) {
            return Naming.DIRECT;
        }
        if (legend.boxWidth() * legend.boxHeight() <= areaWidth * areaHeight * INSIDE_LEGEND_SHARE
                && legend.boxWidth() <= areaWidth / 2 && legend.boxHeight() <= areaHeight * 0.6) {
            return Naming.LEGEND_INSIDE;
        }
        if (legend.boxWidth() <= width * besideShare && legend.boxHeight() <= height) {
            return Naming.LEGEND_BESIDE;
        }
        int columns = columnsBelow(width);
        if (columns >= 1 && legend.boxHeight(columns) <= areaHeight * BELOW_LEGEND_SHARE) {
            return Naming.LEGEND_BELOW;
        }
        return Naming.LEGEND_BESIDE;
    }

    /** How many legend columns fit side by side across the view. */
    private int columnsBelow(double width) {
        return Math.min(legend.rows().size(), (int) Math.floor((width - fontSize) / legend.columnWidth()));
    }

    /**
     * Places the names for the data of the last layout: the inside legend where it covers the least
     * drawn data, direct labels at the height where their lines end, pushed apart so that none overlaps
     * another. Keeps the old places unless the data moved enough.
     *
     * @param decimators the columns of each series, in order
     * @return whether a name moved (the front layer then needs drawing again)
     */
    boolean place(PlotModel model, Rectangle2D area, Axis y, List<ColumnDecimator> decimators, DataCover cover) {
        if (naming == Naming.LEGEND_INSIDE) {
            Rectangle2D best = BestPlace.choose(area, legend.boxWidth(), legend.boxHeight(), fontSize * 0.5,
                    model.legendCornerProperty().get(), cover, legendBox);
            boolean moved = !best.equals(legendBox);
            legendBox = best;
            return moved;
        }
        if (naming == Naming.DIRECT) {
            double[] wanted = DirectLabels.repel(lineEnds(model, area, y, decimators), legend.rowHeight(), area);
            boolean moved = DirectLabels.movedFrom(directYs, wanted, legend.rowHeight() * 0.4);
            if (moved) {
                directYs = wanted;
            }
            return moved;
        }
        return false;
    }

    /**
     * The height, in view pixels, where each row's first series ends; NaN for none. A hidden series
     * keeps the place its label was last drawn at, so that it can be clicked again.
     */
    private double[] lineEnds(PlotModel model, Rectangle2D area, Axis y, List<ColumnDecimator> decimators) {
        List<LegendPainter.Row> rows = legend.rows();
        double[] ys = new double[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            int first = rows.get(r).entries().get(0);
            if (!model.getSeries().get(first).getStyle().visible() && directYs.length == ys.length) {
                ys[r] = directYs[r];
            } else {
                ys[r] = lineEnd(decimators.get(first), area, y);
            }
        }
        return ys;
    }

    /**
     * The height where a decimated line ends, in view pixels: the mean of the last values of its
     * rightmost non-empty columns (a bouncing loss would otherwise shake its label, and redraw the
     * front, in every frame); NaN for an empty line.
     */
    private static double lineEnd(ColumnDecimator d, Rectangle2D area, Axis y) {
        double sum = 0;
        int n = 0;
        for (int c = d.columns() - 1; c >= 0 && n < END_COLUMNS; c--) {
            double v = d.last(c);
            if (!Double.isNaN(v)) {
                sum += Math.max(area.getMinY(), Math.min(area.getMaxY(), y.toPixel(v)));
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Draws the names around a data area in a view {@code viewHeight} high, and records their texts. */
    void paint(GraphicsContext gc, PlotModel model, Rectangle2D area, double viewHeight, DrawnTexts drawn) {
        switch (naming) {
            case DIRECT -> legend.paintDirect(gc, model, area.getMaxX() + fontSize * 0.5, directYs, drawn);
            case LEGEND_INSIDE -> legend.paintBox(gc, model, legendBox, 1, drawn);
            case LEGEND_BESIDE -> legend.paintBox(gc, model, new Rectangle2D(area.getMaxX() + fontSize * 0.5,
                    area.getMinY(), legend.boxWidth(), legend.boxHeight()), 1, drawn);
            case LEGEND_BELOW -> {
                // below the x label, from the left edge of the view
                double h = legend.boxHeight(legendColumns);
                legend.paintBox(gc, model, new Rectangle2D(fontSize * 0.5, viewHeight - h - fontSize * 0.25,
                        legendColumns * legend.columnWidth(), h), legendColumns, drawn);
            }
            default -> legend.clearBoxes();
        }
    }

    /** The series named by the legend row or direct label at a point; empty if none is there. */
    List<Integer> namedAt(double x, double y) {
        return legend.entriesAt(x, y);
    }

    /** The box of the row naming series {@code index} as last drawn, or null. */
    Rectangle2D bounds(int index) {
        return legend.bounds(index);
    }
}
