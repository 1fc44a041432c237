package org.sgdvalley.ui.plot;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Draws the crosshair with the values under the mouse, and the zoom rectangle while dragging. */
final class HoverPainter {

    /** How far (in columns) to look right for data when nothing lies left of the mouse. */
    private static final int SEARCH = 6;

    private final TextMeasure measure = new TextMeasure();

    /** Draws a translucent rectangle between two corners. */
    void paintZoomBox(GraphicsContext gc, PlotTheme theme, double x0, double y0, double x1, double y1) {
        Color fg = theme.foreground();
        gc.setFill(fg.deriveColor(0, 1, 1, 0.12));
        gc.setStroke(fg.deriveColor(0, 1, 1, 0.6));
        gc.setLineWidth(theme.lineScale());
        gc.fillRect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
        gc.strokeRect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
    }

    /** Draws the crosshair at the mouse and a box with x and each visible series' value there. */
    void paintReadout(GraphicsContext gc, PlotModel model, PlotRenderer renderer, double mx, double my) {
        Rectangle2D area = renderer.plotArea();
        Axis x = renderer.xAxis();
        if (x == null || !area.contains(mx, my)) {
            return;
        }
        PlotTheme theme = model.themeProperty().get();
        double fs = theme.fontSize();
        Font font = Font.font(fs);
        gc.setStroke(theme.foreground().deriveColor(0, 1, 1, 0.45));
        gc.setLineWidth(theme.lineScale());
        gc.strokeLine(mx, area.getMinY(), mx, area.getMaxY());
        gc.strokeLine(area.getMinX(), my, area.getMaxX(), my);
        double xValue = x.toValue(mx);
        List<PlotEntry> entries = model.getSeries();
        List<MarkerPainter.Note> notes = renderer.droppedNotes();
        String[] lines = new String[entries.size() + 1 + notes.size()];
        lines[0] = "x = " + TickFormat.format(xValue, Math.abs(x.toValue(mx + 1) - xValue));
        int n = 1;
        int column = renderer.columnAt(mx);
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getStyle().visible()) {
                lines[n++] = entries.get(i).getStyle().fullLabel() + ": " + describe(renderer.columns(i), column);
            }
        }
        // labels that found no room on the plot are read here, near their marker
        for (MarkerPainter.Note note : notes) {
            if (Math.abs(note.x() - mx) <= fs) {
                lines[n++] = note.text();
            }
        }
        double width = 0;
        for (int i = 0; i < n; i++) {
            width = Math.max(width, measure.width(lines[i], font));
        }
        double rowHeight = fs * 1.35;
        double boxW = width + fs;
        double boxH = n * rowHeight + fs * 0.5;
        double left = mx + fs + boxW < area.getMaxX() ? mx + fs : Math.max(0, mx - fs - boxW);
        double top = Math.max(0, Math.min(my + fs, area.getMaxY() - boxH));
        gc.setFill(theme.background().deriveColor(0, 1, 1, 0.9));
        gc.fillRect(left, top, boxW, boxH);
        gc.strokeRect(left, top, boxW, boxH);
        gc.setFont(font);
        gc.setFill(theme.foreground());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        for (int i = 0; i < n; i++) {
            gc.fillText(lines[i], left + fs * 0.5, top + fs * 0.25 + i * rowHeight);
        }
    }

    /**
     * "value" or "last [min .. max]" of the column under the mouse; if it is empty, of the nearest column
     * to its left (the value last known there, e.g. a held step size), else of a close one to its right.
     */
    private static String describe(ColumnDecimator d, int column) {
        int c = Math.min(column, d.columns() - 1);
        while (c >= 0 && Double.isNaN(d.min(c))) {
            c--;
        }
        for (int right = column; c < 0 && right < Math.min(d.columns(), column + SEARCH); right++) {
            c = Double.isNaN(d.min(right)) ? -1 : right;
        }
        if (c < 0) {
            return "-";
        }
        if (d.min(c) == d.max(c)) {
            return number(d.min(c));
        }
        String last = Double.isNaN(d.last(c)) ? "" : number(d.last(c)) + " ";
        return last + "[" + number(d.min(c)) + " .. " + number(d.max(c)) + "]";
    }

    private static String number(double v) {
        return TickFormat.format(v, Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 3));
    }
}
