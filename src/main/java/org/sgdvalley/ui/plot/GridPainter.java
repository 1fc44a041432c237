package org.sgdvalley.ui.plot;

import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Chooses the ticks of a plot's axes and draws the axis lines, ticks and tick labels, the title and the axis labels. */
final class GridPainter {

    private GridPainter() {
    }

    /** Draws the axis lines, ticks and tick labels, the title and the axis labels around the data area. */
    static void paintFrame(GraphicsContext gc, PlotTheme theme, Rectangle2D area, Axis x, Axis y, PlotModel model) {
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
        for (int i = 0; i < xt.major().length; i++) {
            gc.fillText(xt.labels()[i], crisp(x.toPixel(xt.major()[i]), ls), bottom + tick + 2);
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < yt.major().length; i++) {
            gc.fillText(yt.labels()[i], left - tick - 3, crisp(y.toPixel(yt.major()[i]), ls));
        }
        paintLabels(gc, fs, area, model);
    }

    private static void paintLabels(GraphicsContext gc, double fs, Rectangle2D area, PlotModel model) {
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(model.xLabelProperty().get(), area.getMinX() + area.getWidth() / 2, area.getMaxY() + fs * 3.6);
        gc.setTextBaseline(VPos.TOP);
        gc.save();
        gc.translate(fs * 0.3, area.getMinY() + area.getHeight() / 2);
        gc.rotate(-90);
        gc.fillText(model.yLabelProperty().get(), 0, 0);
        gc.restore();
        gc.setFont(Font.font(fs * 1.25));
        gc.fillText(model.titleProperty().get(), area.getMinX() + area.getWidth() / 2, fs * 0.4);
        gc.setFont(Font.font(fs));
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
