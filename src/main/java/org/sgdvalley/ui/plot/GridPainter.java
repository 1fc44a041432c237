package org.sgdvalley.ui.plot;

import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Chooses the ticks of a plot's axes and draws the axis lines, ticks and tick labels, the title and the axis labels. */
final class GridPainter {

    /** Painting happens on the JavaFX thread only, so one measuring node serves every plot. */
    private static final TextMeasure MEASURE = new TextMeasure();

    private GridPainter() {
    }

    /**
     * Draws the axis lines, ticks and tick labels, the title and the axis labels around the data area,
     * shortening a title or axis label that does not fit, and records every text.
     */
    static void paintFrame(GraphicsContext gc, PlotTheme theme, Rectangle2D area, double viewWidth, Axis x, Axis y,
            PlotModel model, DrawnTexts drawn) {
        double ls = theme.lineScale();
        double fs = theme.fontSize();
        double tick = 4 * ls;
        AxisTicks xt = xTicks(theme, area, x);
        AxisTicks yt = yTicks(theme, area, y);
        gc.setLineWidth(ls);
        gc.setStroke(theme.foreground());
        gc.setFill(theme.foreground());
        double left = crisp(area.getMinX(), ls);
        double bottom = crisp(area.getMaxY(), ls);
        // the axis lines and every tick as one path: the software renderer pays a set-up per stroke
        gc.beginPath();
        vertical(gc, left, area.getMinY(), area.getMaxY());
        horizontal(gc, bottom, area.getMinX(), area.getMaxX());
        for (double v : xt.major()) {
            vertical(gc, crisp(x.toPixel(v), ls), bottom, bottom + tick);
        }
        for (double v : yt.major()) {
            horizontal(gc, crisp(y.toPixel(v), ls), left - tick, left);
        }
        gc.stroke();
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        Font font = gc.getFont();
        double h = MEASURE.height(font);
        for (int i = 0; i < xt.major().length; i++) {
            double px = crisp(x.toPixel(xt.major()[i]), ls);
            gc.fillText(xt.labels()[i], px, bottom + tick + 2);
            double w = MEASURE.width(xt.labels()[i], font);
            drawn.add(xt.labels()[i], new Rectangle2D(px - w / 2, bottom + tick + 2, w, h), false);
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        double lastLabelTop = Double.POSITIVE_INFINITY;
        for (int i = 0; i < yt.major().length; i++) {
            double py = crisp(y.toPixel(yt.major()[i]), ls);
            if (py + h / 2 > lastLabelTop) {
                continue; // on a very short axis a label would print over the one below: its tick stays
            }
            lastLabelTop = py - h / 2;
            gc.fillText(yt.labels()[i], left - tick - 3, py);
            double w = MEASURE.width(yt.labels()[i], font);
            drawn.add(yt.labels()[i], new Rectangle2D(left - tick - 3 - w, py - h / 2, w, h), false);
        }
        paintLabels(gc, fs, area, viewWidth, model, drawn);
    }

    private static void paintLabels(GraphicsContext gc, double fs, Rectangle2D area, double viewWidth, PlotModel model,
            DrawnTexts drawn) {
        Font font = gc.getFont();
        double h = MEASURE.height(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        double centre = area.getMinX() + area.getWidth() / 2;
        String xLabel = fitted(model.xLabelProperty().get(), font, area.getWidth(), drawn, centre, area.getMaxY() + fs * 3.6 - h, h);
        gc.fillText(xLabel, centre, area.getMaxY() + fs * 3.6);
        gc.setTextBaseline(VPos.TOP);
        String yLabel = MEASURE.fit(model.yLabelProperty().get(), font, area.getHeight());
        if (!yLabel.isEmpty()) {
            double w = MEASURE.width(yLabel, font);
            double middle = area.getMinY() + area.getHeight() / 2;
            drawn.add(yLabel, new Rectangle2D(fs * 0.3, middle - w / 2, h, w),
                    !yLabel.equals(model.yLabelProperty().get()));
        }
        gc.save();
        gc.translate(fs * 0.3, area.getMinY() + area.getHeight() / 2);
        gc.rotate(-90);
        gc.fillText(yLabel, 0, 0);
        gc.restore();
        Font titleFont = titleFont(fs);
        gc.setFont(titleFont);
        // the title centres on the data area but may use the whole width of the view, short of its corner
        boolean below = titleBelowCorner(model, viewWidth, fs);
        double titleEnd = viewWidth - (below ? 0 : model.titleCornerProperty().get().getWidth());
        double titleTop = titleTop(model, viewWidth, fs);
        String full = model.titleProperty().get();
        String title = MEASURE.fit(full, titleFont, titleEnd - fs);
        double titleWidth = MEASURE.width(title, titleFont);
        double titleCentre = Math.max(fs / 2 + titleWidth / 2, Math.min(centre, titleEnd - fs / 2 - titleWidth / 2));
        if (!title.isEmpty()) {
            drawn.add(title, new Rectangle2D(titleCentre - titleWidth / 2, titleTop, titleWidth,
                    MEASURE.height(titleFont)), !title.equals(full));
        }
        gc.fillText(title, titleCentre, titleTop);
        gc.setFont(font);
    }

    private static Font titleFont(double fs) {
        return Font.font(fs * 1.25);
    }

    /**
     * Whether the title goes below the corner kept free in the title row ({@link
     * PlotModel#titleCornerProperty()}) because the two do not fit side by side in a view
     * {@code viewWidth} wide.
     */
    private static boolean titleBelowCorner(PlotModel model, double viewWidth, double fs) {
        double corner = model.titleCornerProperty().get().getWidth();
        String title = model.titleProperty().get();
        return corner > 0 && !title.isEmpty() && MEASURE.width(title, titleFont(fs)) + corner + fs > viewWidth;
    }

    /** Where the title's top is: near the top of the view, or below the corner when it goes there. */
    private static double titleTop(PlotModel model, double viewWidth, double fs) {
        return titleBelowCorner(model, viewWidth, fs) ? model.titleCornerProperty().get().getHeight() : fs * 0.4;
    }

    /**
     * Where the data area's top is in a view {@code viewWidth} wide: below the title (if any) and the
     * corner kept free in the title row.
     */
    static double dataTop(PlotModel model, double viewWidth, double fs) {
        double belowTitle = model.titleProperty().get().isEmpty() ? fs * 0.8
                : titleTop(model, viewWidth, fs) + fs * 2.2;
        return Math.max(Math.round(belowTitle), Math.ceil(model.titleCornerProperty().get().getHeight()));
    }

    /** {@code text} shortened to {@code room}, recorded as drawn centred on {@code centre} from {@code top}. */
    private static String fitted(String text, Font font, double room, DrawnTexts drawn, double centre, double top,
            double h) {
        String shown = MEASURE.fit(text, font, room);
        if (!shown.isEmpty()) {
            double w = MEASURE.width(shown, font);
            drawn.add(shown, new Rectangle2D(centre - w / 2, top, w, h), !shown.equals(text));
        }
        return shown;
    }

    /** The ticks of the x axis: major ticks at least five font sizes apart. */
    static AxisTicks xTicks(PlotTheme theme, Rectangle2D area, Axis x) {
        return x.ticks((int) (area.getWidth() / (theme.fontSize() * 5)));
    }

    /** The ticks of the y axis: major ticks at least three font sizes apart. */
    static AxisTicks yTicks(PlotTheme theme, Rectangle2D area, Axis y) {
        return y.ticks((int) (area.getHeight() / (theme.fontSize() * 3)));
    }

    /** Centres a line of width {@code ls} on whole pixels so it stays sharp. */
    private static double crisp(double pixel, double ls) {
        double w = Math.max(1, Math.round(ls));
        return w % 2 == 1 ? Math.floor(pixel) + 0.5 : Math.round(pixel);
    }

    private static void vertical(GraphicsContext gc, double x, double y0, double y1) {
        gc.moveTo(x, y0);
        gc.lineTo(x, y1);
    }

    private static void horizontal(GraphicsContext gc, double y, double x0, double x1) {
        gc.moveTo(x0, y);
        gc.lineTo(x1, y);
    }
}
