package org.sgdvalley.ui.plot;

import java.util.Arrays;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws the legend in a corner of the data area (the model's legend corner), one row per series, hidden series greyed,
 * and remembers where each row is so a click can toggle it. Series with an empty label stay out of it.
 */
final class LegendPainter {

    private final TextMeasure measure;
    private Rectangle2D[] rows = new Rectangle2D[0];

    LegendPainter(TextMeasure measure) {
        this.measure = measure;
    }

    void paint(GraphicsContext gc, PlotModel model, Rectangle2D area, Font font) {
        List<PlotEntry> entries = model.getSeries();
        PlotTheme theme = model.themeProperty().get();
        double fs = theme.fontSize();
        double ls = theme.lineScale();
        if (rows.length != entries.size()) {
            rows = new Rectangle2D[entries.size()];
        }
        Arrays.fill(rows, null);
        if (entries.isEmpty()) {
            return;
        }
        double sample = 2 * fs;
        double textWidth = 0;
        int shown = 0;
        for (PlotEntry e : entries) {
            if (e.getStyle().label().isEmpty()) {
                continue;
            }
            shown++;
            textWidth = Math.max(textWidth, measure.width(e.getStyle().label(), font));
        }
        double rowHeight = fs * 1.5;
        double width = sample + fs * 0.5 + textWidth + fs;
        if (shown == 0) {
            return;
        }
        double height = rowHeight * shown + fs * 0.5;
        javafx.geometry.Pos corner = model.legendCornerProperty().get();
        boolean right = corner.getHpos() != javafx.geometry.HPos.LEFT;
        boolean bottom = corner.getVpos() == VPos.BOTTOM;
        double left = right ? area.getMaxX() - width - fs * 0.5 : area.getMinX() + fs * 0.5;
        double top = bottom ? area.getMaxY() - height - fs * 0.5 : area.getMinY() + fs * 0.5;
        gc.setFill(theme.background().deriveColor(0, 1, 1, 0.85));
        gc.fillRect(left, top, width, height);
        gc.setStroke(theme.grid());
        gc.setLineWidth(ls);
        gc.strokeRect(left, top, width, height);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        int row = 0;
        for (int i = 0; i < entries.size(); i++) {
            SeriesStyle style = entries.get(i).getStyle();
            if (style.label().isEmpty()) {
                continue;
            }
            double rowTop = top + fs * 0.25 + row++ * rowHeight;
            double mid = rowTop + rowHeight / 2;
            double opacity = style.visible() ? 1 : 0.35;
            gc.setStroke(style.color().deriveColor(0, 1, 1, opacity));
            gc.setLineWidth(Math.max(2, style.width()) * ls);
            if (style.dashed()) {
                gc.setLineDashes(6 * ls, 4 * ls);
            }
            gc.strokeLine(left + fs * 0.5, mid, left + fs * 0.5 + sample, mid);
            gc.setLineDashes();
            gc.setFill(theme.foreground().deriveColor(0, 1, 1, opacity));
            gc.fillText(style.label(), left + fs + sample, mid);
            rows[i] = new Rectangle2D(left, rowTop, width, rowHeight);
        }
    }

    /** The index of the row containing the point, or -1. */
    int entryAt(double x, double y) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] != null && rows[i].contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    /** The box of row {@code index} as last drawn, or null. */
    Rectangle2D bounds(int index) {
        return index >= 0 && index < rows.length ? rows[index] : null;
    }
}
