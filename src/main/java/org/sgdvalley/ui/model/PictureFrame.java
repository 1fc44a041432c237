package org.sgdvalley.ui.model;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sgdvalley.ui.plot.Axis;
import org.sgdvalley.ui.plot.AxisScale;
import org.sgdvalley.ui.plot.AxisTicks;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.Range;

/**
 * A canvas area with a title and two linear axes, in which a {@link ModelPainter} draws the model.
 */
public final class PictureFrame {
    private final GraphicsContext g;
    private final double width;
    private final double height;
    private final PlotTheme theme;
    private final HeldRanges held;
    private Axis x;
    private Axis y;

    PictureFrame(GraphicsContext g, double width, double height, PlotTheme theme, HeldRanges held) {
        this.g = g;
        this.width = width;
        this.height = height;
        this.theme = theme;
        this.held = held;
    }

    /**
     * The union of every range drawn while it is kept, so that the frames of an animation share their
     * axes instead of each fitting its own picture.
     */
    static final class HeldRanges {
        private Range x;
        private Range y;

        private static Range union(Range held, Range now) {
            return held == null ? now : new Range(Math.min(held.min(), now.min()), Math.max(held.max(), now.max()));
        }
    }

    public GraphicsContext g() {
        return g;
    }

    public PlotTheme theme() {
        return theme;
    }

    public Axis x() {
        return x;
    }

    public Axis y() {
        return y;
    }

    /** Clears the area and draws the title, axes, ticks and labels for the given ranges. */
    public void axes(String title, String xLabel, Range xRange, String yLabel, Range yRange) {
        double font = theme.fontSize();
        double left = 5.5 * font;
        double bottom = height - 3.2 * font;
        double top = 2.4 * font;
        double right = width - 1.2 * font;
        g.setFill(theme.background());
        g.fillRect(0, 0, width, height);
        Range xShown = xRange;
        Range yShown = yRange;
        if (held != null) {
            xShown = held.x = HeldRanges.union(held.x, xRange);
            yShown = held.y = HeldRanges.union(held.y, yRange);
        }
        x = new Axis(AxisScale.LINEAR, xShown, left, right);
        y = new Axis(AxisScale.LINEAR, yShown, bottom, top);
        g.setFont(Font.font(font));
        g.setFill(theme.foreground());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(title, left, 0.4 * font);
        drawTicks(left, right, top, bottom, font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xLabel, (left + right) / 2, height - 0.2 * font);
        g.save();
        g.translate(0.2 * font, (top + bottom) / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.TOP);
        g.fillText(yLabel, 0, 0);
        g.restore();
        g.setStroke(theme.foreground());
        g.setLineWidth(theme.lineScale());
        g.strokeRect(left, top, right - left, bottom - top);
    }

    private void drawTicks(double left, double right, double top, double bottom, double font) {
        AxisTicks xt = x.ticks(Math.max(2, (int) ((right - left) / (6 * font))));
        AxisTicks yt = y.ticks(Math.max(2, (int) ((bottom - top) / (2.5 * font))));
        g.setStroke(theme.grid());
        g.setLineWidth(1);
        g.beginPath();
        for (double v : xt.major()) {
            g.moveTo(x.toPixel(v), top);
            g.lineTo(x.toPixel(v), bottom);
        }
        for (double v : yt.major()) {
            g.moveTo(left, y.toPixel(v));
            g.lineTo(right, y.toPixel(v));
        }
        g.stroke();
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < xt.major().length; i++) {
            g.fillText(xt.labels()[i], x.toPixel(xt.major()[i]), bottom + 0.3 * font);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < yt.major().length; i++) {
            g.fillText(yt.labels()[i], left - 0.4 * font, y.toPixel(yt.major()[i]));
        }
    }

    /** Draws a short legend line of text at the top right. */
    public void legend(String text, javafx.scene.paint.Color color, int row) {
        double font = theme.fontSize();
        g.setFont(Font.font(font));
        g.setFill(color);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(text, width - 1.4 * font, 2.6 * font + row * 1.3 * font);
    }
}
