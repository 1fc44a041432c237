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
 * overlaps a text or legend drawn before it: it is nudged along its free axis (a marker label down the
 * marker, on either side of it; an annotation up or down), as ggrepel does, and dropped when no place
 * is free; dropped labels are kept as notes for the hover readout.
 */
final class MarkerPainter {

    /** How many rows down a marker, or steps up and down from an annotation, a label may move. */
    private static final int NUDGES = 6;

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
            DrawnTexts drawn) {
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
                Rectangle2D box = markerLabelBox(m.label(), px, 3 * ls, area, gc, drawn);
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
                paintAnnotation(gc, theme, area, a, px, py, drawn);
            }
        }
    }

    /** The first free box for a marker label: rows down the marker, right of it, then left of it. */
    private Rectangle2D markerLabelBox(String label, double px, double gap, Rectangle2D area, GraphicsContext gc,
            DrawnTexts drawn) {
        double w = measure.width(label, gc.getFont());
        double h = measure.height(gc.getFont());
        for (int row = 0; row < NUDGES; row++) {
            double top = area.getMinY() + 2 + row * h;
            for (double left : new double[] {px + gap, px - gap - w}) {
                Rectangle2D box = new Rectangle2D(left, top, w, h);
                if (inside(box, area) && drawn.isFree(box)) {
                    return box;
                }
            }
        }
        return null;
    }

    /** Draws an annotation on a veil at the free place nearest its own, or keeps it as a note. */
    private void paintAnnotation(GraphicsContext gc, PlotTheme theme, Rectangle2D area, PlotAnnotation a, double px,
            double py, DrawnTexts drawn) {
        String text = a.text().strip();
        double w = measure.width(text, gc.getFont());
        double h = measure.height(gc.getFont());
        double left = Math.max(area.getMinX() + 2, Math.min(px, area.getMaxX() - w - 2));
        for (int step = 0; step <= 2 * NUDGES; step++) {
            int k = (step + 1) / 2 * (step % 2 == 0 ? 1 : -1);
            Rectangle2D box = new Rectangle2D(left, py - h + k * h, w, h);
            if (inside(box, area) && drawn.isFree(box)) {
                // a veil behind the text keeps it readable over a noisy curve
                gc.setFill(theme.background().deriveColor(0, 1, 1, 0.8));
                gc.fillRect(box.getMinX() - 2, box.getMinY(), w + 4, h);
                gc.setFill(a.color());
                gc.fillText(text, box.getMinX(), box.getMinY());
                drawn.add(text, box, false);
                return;
            }
        }
        dropped.add(new Note(px, text));
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
