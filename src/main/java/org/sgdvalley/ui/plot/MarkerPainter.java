package org.sgdvalley.ui.plot;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Draws vertical markers with their labels, and text annotations, inside the data area. */
final class MarkerPainter {

    /** Marker labels cycle through this many rows so that close markers stay readable. */
    private static final int LABEL_ROWS = 3;
    /** Painting happens on the JavaFX thread only, so one measuring node serves every plot. */
    private static final TextMeasure MEASURE = new TextMeasure();

    private MarkerPainter() {
    }

    static void paint(GraphicsContext gc, PlotTheme theme, Rectangle2D area, Axis x, Axis y, PlotModel model) {
        double ls = theme.lineScale();
        double fs = theme.fontSize();
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.setLineWidth(1.5 * ls);
        gc.setLineDashes(5 * ls, 4 * ls);
        List<PlotMarker> markers = model.getMarkers();
        for (int i = 0; i < markers.size(); i++) {
            PlotMarker m = markers.get(i);
            double px = x.toPixel(m.x());
            if (!(px >= area.getMinX() && px <= area.getMaxX())) {
                continue;
            }
            gc.setStroke(m.color());
            gc.strokeLine(px, area.getMinY(), px, area.getMaxY());
            gc.setFill(m.color());
            gc.fillText(m.label(), px + 3 * ls, area.getMinY() + 2 + (i % LABEL_ROWS) * fs * 1.2);
        }
        gc.setLineDashes();
        gc.setTextBaseline(VPos.BASELINE);
        for (PlotAnnotation a : model.getAnnotations()) {
            double px = x.toPixel(a.x());
            double py = y.toPixel(a.y());
            if (area.contains(px, py)) {
                // a veil behind the text keeps it readable over a noisy curve; it stays inside the area
                double w = MEASURE.width(a.text(), gc.getFont());
                px = Math.max(area.getMinX(), Math.min(px, area.getMaxX() - w - 2));
                gc.setFill(theme.background().deriveColor(0, 1, 1, 0.8));
                gc.fillRect(px - 2, py - fs, w + 4, fs * 1.3);
                gc.setFill(a.color());
                gc.fillText(a.text(), px, py);
            }
        }
    }
}
