package org.sgdvalley.ui.plot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Draws vertical markers with their labels, and text annotations, inside the data area. A label never
 * overlaps a text or legend drawn before it and hides almost no data: it is nudged along its free axis
 * (a marker label down the marker, on either side of it; an annotation up or down) to the free place
 * that covers the least data, as ggrepel repels labels from points, and dropped when every place is taken
 * or covers data; dropped labels are kept as notes for the hover readout.
 */
final class MarkerPainter {

    /** A label may hide at most this share of the drawn data. */
    private static final double MAX_COVER = 0.004;

    /**
     * A label that found no free place.
     *
     * @param x the view x of its marker or annotation
     * @param text the label
     */
    record Note(double x, String text) {
    }

    private final TextMeasure measure = new TextMeasure();
    private final List<Note> dropped = new ArrayList<>();

    /** Draws the markers and annotations of the model, avoiding (and adding to) the drawn texts. */
    void paint(GraphicsContext gc, PlotTheme theme, Rectangle2D area, Axis x, Axis y, PlotModel model,
            DrawnTexts drawn, DataCover cover) {
        dropped.clear();
        double ls = theme.lineScale();
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.setLineWidth(1.5 * ls);
        gc.setLineDashes(5 * ls, 4 * ls);
        // markers from several runs at one place (a decay at 50% in each) draw once
        for (PlotMarker m : new LinkedHashSet<>(model.getMarkers())) {
            double px = x.toPixel(m.x());
            if (px >= area.getMinX() && px <= area.getMaxX()) {
                gc.setStroke(m.color());
                gc.strokeLine(px, area.getMinY(), px, area.getMaxY());
            }
        }
        gc.setLineDashes();
        for (PlotMarker m : new LinkedHashSet<>(model.getMarkers())) {
            double px = x.toPixel(m.x());
            if (px >= area.getMinX() && px <= area.getMaxX()) {
                Rectangle2D box = markerLabelBox(m.label(), px, 3 * ls, area, gc, drawn, cover);
                if (box == null) {
                    dropped.add(new Note(px, m.label()));
                } else {
                    gc.setFill(m.color());
                    gc.fillText(m.label(), box.getMinX(), box.getMinY());
                    drawn.add(m.label(), box, false);
                }
            }
        }
        gc.setTextBaseline(VPos.TOP);
        for (PlotAnnotation a : model.getAnnotations()) {
            double px = x.toPixel(a.x());
            double py = y.toPixel(a.y());
            if (area.contains(px, py)) {
                paintAnnotation(gc, theme, area, a, px, py, drawn, cover);
            }
        }
    }

    /** The box for a marker label: of the free rows down the marker, right or left of it, the clearest. */
    private Rectangle2D markerLabelBox(String label, double px, double gap, Rectangle2D area, GraphicsContext gc,
            DrawnTexts drawn, DataCover cover) {
        double w = measure.width(label, gc.getFont());
        double h = measure.height(gc.getFont());
        List<Rectangle2D> places = new ArrayList<>();
        for (int row = 0; row < (int) ((area.getHeight() - 4) / h); row++) {
            double top = area.getMinY() + 2 + row * h;
            places.add(new Rectangle2D(px + gap, top, w, h));
            places.add(new Rectangle2D(px - gap - w, top, w, h));
        }
        return clearest(places, area, drawn, cover);
    }

    /** Draws an annotation on a veil at the clearest free place above or below its own, or keeps it as a note. */
    private void paintAnnotation(GraphicsContext gc, PlotTheme theme, Rectangle2D area, PlotAnnotation a, double px,
            double py, DrawnTexts drawn, DataCover cover) {
        String text = a.text().strip();
        double w = measure.width(text, gc.getFont());
        double h = measure.height(gc.getFont());
        double left = Math.max(area.getMinX() + 2, Math.min(px, area.getMaxX() - w - 2));
        List<Rectangle2D> places = new ArrayList<>();
        int steps = (int) (area.getHeight() / h);
        for (int step = 0; step <= 2 * steps; step++) {
            int k = (step + 1) / 2 * (step % 2 == 0 ? 1 : -1);
            places.add(new Rectangle2D(left, py - h + k * h, w, h));
        }
        Rectangle2D box = clearest(places, area, drawn, cover);
        if (box == null) {
            dropped.add(new Note(px, text));
            return;
        }
        // a veil behind the text keeps it readable over a grid line or a stray point
        gc.setFill(theme.background().deriveColor(0, 1, 1, 0.8));
        gc.fillRect(box.getMinX() - 2, box.getMinY(), w + 4, h);
        gc.setFill(a.color());
        gc.fillText(text, box.getMinX(), box.getMinY());
        drawn.add(text, box, false);
    }

    /**
     * Of the places inside the area and clear of drawn texts, the first that covers the least data, if
     * that is little enough; else null.
     */
    static Rectangle2D clearest(List<Rectangle2D> places, Rectangle2D area, DrawnTexts drawn, DataCover cover) {
        Rectangle2D best = null;
        double bestCover = Double.POSITIVE_INFINITY;
        for (Rectangle2D box : places) {
            if (inside(box, area) && drawn.isFree(box)) {
                double c = cover.fraction(box);
                if (c < bestCover) {
                    best = box;
                    bestCover = c;
                }
            }
        }
        return bestCover <= MAX_COVER ? best : null;
    }

    private static boolean inside(Rectangle2D box, Rectangle2D area) {
        return box.getMinX() >= area.getMinX() && box.getMaxX() <= area.getMaxX()
                && box.getMinY() >= area.getMinY() && box.getMaxY() <= area.getMaxY();
    }

    /** The labels of the last drawing that found no free place. */
    List<Note> dropped() {
        return dropped;
    }
}
