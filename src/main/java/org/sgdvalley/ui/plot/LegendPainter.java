package org.sgdvalley.ui.plot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Names the series, either as a legend box or as direct labels at the right end of the lines, and
 * remembers where each row is so a click can hide or show its series. Series with an empty label stay
 * out. When series have kinds (train, test...), a run is named once by its colour and each kind once
 * by its line pattern, so ten curves of five runs need seven rows, not ten. When a key outside the plot
 * names the runs ({@link PlotModel#namedElsewhereProperty()}), only the kinds are named, and only when
 * there are several.
 */
final class LegendPainter {

    /**
     * One row: a run (named in its colour) or a kind of curve (its line pattern in the text colour).
     *
     * @param text the text drawn, shortened if it did not fit
     * @param full the text before shortening
     * @param color the sample's colour, or null for a kind row (drawn in the foreground colour)
     * @param dash the sample's pattern
     * @param entries the series the row stands for
     */
    record Row(String text, String full, Color color, LineDash dash, List<Integer> entries) {
        boolean shortened() {
            return !text.equals(full);
        }
    }

    private final TextMeasure measure;
    private List<Row> rows = List.of();
    private List<Row> unfitted = List.of();
    private Font measuredFont;
    private double measuredRoom = Double.NaN;
    private double textWidth;
    private double fontSize = 12;
    private final List<Rectangle2D> boxes = new ArrayList<>();

    LegendPainter(TextMeasure measure) {
        this.measure = measure;
    }

    /**
     * Collects the rows of a model and measures them, shortening texts wider than {@code maxText}.
     *
     * @return whether the rows differ from the last ones
     */
    boolean prepare(PlotModel model, Font font, double maxText) {
        fontSize = font.getSize();
        Map<String, List<Integer>> runs = new LinkedHashMap<>();
        Map<String, List<Integer>> kinds = new LinkedHashMap<>();
        List<PlotEntry> entries = model.getSeries();
        for (int i = 0; i < entries.size(); i++) {
            SeriesStyle s = entries.get(i).getStyle();
            if (!s.label().isEmpty()) {
                runs.computeIfAbsent(s.label(), k -> new ArrayList<>()).add(i);
                if (!s.kind().isEmpty()) {
                    kinds.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(i);
                }
            }
        }
        // a row whose curves have nothing to draw (yet, or ever: a valley floor at loss 0 on a log axis) goes;
        // a row kept still stands for its empty curves too, so that a click hides those as well
        runs.values().removeIf(rows -> nothingDrawn(entries, rows));
        kinds.values().removeIf(rows -> nothingDrawn(entries, rows));
        if (model.namedElsewhereProperty().get()) {
            runs.clear();
            if (kinds.size() < 2) {
                kinds.clear(); // one kind of curve needs no key
            }
        }
        List<Row> next = new ArrayList<>();
        for (var run : runs.entrySet()) {
            SeriesStyle first = entries.get(run.getValue().get(0)).getStyle();
            LineDash dash = kinds.isEmpty() ? first.dash() : LineDash.SOLID;
            next.add(new Row(run.getKey(), run.getKey(), first.color(), dash, List.copyOf(run.getValue())));
        }
        for (var kind : kinds.entrySet()) {
            LineDash dash = entries.get(kind.getValue().get(0)).getStyle().dash();
            next.add(new Row(kind.getKey(), kind.getKey(), null, dash, List.copyOf(kind.getValue())));
        }
        // measuring text costs more than a frame's data: measure only when the rows or the room changed
        if (next.equals(unfitted) && font.equals(measuredFont) && maxText == measuredRoom) {
            return false;
        }
        unfitted = next;
        measuredFont = font;
        measuredRoom = maxText;
        List<Row> fitted = new ArrayList<>();
        double widest = 0;
        for (Row r : next) {
            Row row = new Row(measure.fit(r.full(), font, maxText), r.full(), r.color(), r.dash(), r.entries());
            fitted.add(row);
            widest = Math.max(widest, measure.width(row.text(), font));
        }
        rows = fitted;
        textWidth = widest;
        return true;
    }

    private static boolean nothingDrawn(List<PlotEntry> entries, List<Integer> indices) {
        return indices.stream().allMatch(i -> entries.get(i).series().count() == 0);
    }

    /** The rows of the last {@link #prepare}. */
    List<Row> rows() {
        return rows;
    }

    /** Whether some rows name kinds of curve rather than runs. */
    boolean hasKinds() {
        return rows.stream().anyMatch(r -> r.color() == null);
    }

    /** The widest row text. */
    double textWidth() {
        return textWidth;
    }

    /** The width of a legend box of one column. */
    double boxWidth() {
        return columnWidth();
    }

    /** The height of a legend box of one column. */
    double boxHeight() {
        return boxHeight(1);
    }

    /** The width of one column of a legend box. */
    double columnWidth() {
        return fontSize * 3.5 + textWidth + fontSize * 0.5;
    }

    /** The height of a legend box whose rows fill {@code columns} columns. */
    double boxHeight(int columns) {
        return rowHeight() * Math.ceil(rows.size() / (double) columns) + fontSize * 0.5;
    }

    /** The height of a row. */
    double rowHeight() {
        return fontSize * 1.5;
    }

    /** Draws the legend box at {@code box}, its rows filling {@code columns} columns, and records its texts. */
    void paintBox(GraphicsContext gc, PlotModel model, Rectangle2D box, int columns, DrawnTexts out) {
        PlotTheme theme = model.themeProperty().get();
        double fs = fontSize;
        boxes.clear();
        gc.setFill(theme.background().deriveColor(0, 1, 1, 0.85));
        gc.fillRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
        gc.setStroke(theme.grid());
        gc.setLineWidth(theme.lineScale());
        gc.strokeRect(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
        out.addLegend(box);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        int perColumn = (int) Math.ceil(rows.size() / (double) columns);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double left = box.getMinX() + (r / perColumn) * columnWidth();
            double rowTop = box.getMinY() + fs * 0.25 + (r % perColumn) * rowHeight();
            double mid = rowTop + rowHeight() / 2;
            double opacity = anyVisible(model, row) ? 1 : 0.35;
            Color color = row.color() == null ? theme.foreground() : row.color();
            sample(gc, model, row, color.deriveColor(0, 1, 1, opacity), left + fs * 0.5, mid);
            gc.setFill(theme.foreground().deriveColor(0, 1, 1, opacity));
            double textX = left + fs * 3;
            gc.fillText(row.text(), textX, mid);
            out.add(row.text(), textBox(row.text(), textX, mid, gc.getFont()), row.shortened());
            boxes.add(new Rectangle2D(left, rowTop, columnWidth(), rowHeight()));
        }
    }

    /**
     * Draws each row as a label in its run's colour, its left end at {@code x} and its middle at
     * {@code ys[row]}, and records the texts.
     */
    void paintDirect(GraphicsContext gc, PlotModel model, double x, double[] ys, DrawnTexts out) {
        PlotTheme theme = model.themeProperty().get();
        boxes.clear();
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double opacity = anyVisible(model, row) ? 1 : 0.35;
            gc.setFill((row.color() == null ? theme.foreground() : row.color()).deriveColor(0, 1, 1, opacity));
            gc.fillText(row.text(), x, ys[r]);
            Rectangle2D box = textBox(row.text(), x, ys[r], gc.getFont());
            out.add(row.text(), box, row.shortened());
            boxes.add(box);
        }
    }

    private void sample(GraphicsContext gc, PlotModel model, Row row, Color color, double x, double y) {
        double ls = model.themeProperty().get().lineScale();
        gc.setStroke(color);
        gc.setLineWidth(2 * ls);
        if (row.dash() != LineDash.SOLID) {
            double unit = 2 * ls;
            gc.setLineDashes(row.dash().on() * unit, row.dash().off() * unit);
        }
        gc.strokeLine(x, y, x + 2 * fontSize, y);
        gc.setLineDashes();
    }

    /** The box of a text drawn left-aligned at {@code x} and vertically centred on {@code y}. */
    Rectangle2D textBox(String text, double x, double y, Font font) {
        double h = measure.height(font);
        return new Rectangle2D(x, y - h / 2, measure.width(text, font), h);
    }

    private static boolean anyVisible(PlotModel model, Row row) {
        for (int i : row.entries()) {
            if (i < model.getSeries().size() && model.getSeries().get(i).getStyle().visible()) {
                return true;
            }
        }
        return false;
    }

    /** Forgets the drawn rows (nothing to click). */
    void clearBoxes() {
        boxes.clear();
    }

    /** The series of the row containing the point, or an empty list. */
    List<Integer> entriesAt(double x, double y) {
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).contains(x, y)) {
                return rows.get(i).entries();
            }
        }
        return List.of();
    }

    /** The box of the row naming series {@code index} (its run's row) as last drawn, or null. */
    Rectangle2D bounds(int index) {
        for (int i = 0; i < boxes.size(); i++) {
            if (rows.get(i).color() != null && rows.get(i).entries().contains(index)) {
                return boxes.get(i);
            }
        }
        return null;
    }
}
