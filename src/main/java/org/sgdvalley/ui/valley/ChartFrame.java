package org.sgdvalley.ui.valley;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.sgdvalley.ui.plot.AxisTicks;
import org.sgdvalley.ui.plot.PlotTheme;

/**
 * A title, linear axes with the plots' ticks and labels, and the mapping from data to pixels, for the
 * Valley tab's hand-drawn canvases (contours, cross-section, bifurcation diagram). A title or axis
 * label too long for its room takes more lines, never a cut.
 */
final class ChartFrame {
    final double left;
    final double top;
    final double right;
    final double bottom;
    final double xMin;
    final double xMax;
    final double yMin;
    final double yMax;
    private final PlotTheme theme;
    private final DrawnTexts texts;
    private final List<String> titleLines;
    private final List<String> xLabelLines;
    private final List<String> yLabelLines;

    /** Labels of a frame: its title and axis labels. */
    record Labels(String title, String x, String y) {
    }

    ChartFrame(double width, double height, double rightSpace, PlotTheme theme, DrawnTexts texts, Labels labels,
               double xMin, double xMax, double yMin, double yMax) {
        double fs = theme.fontSize();
        this.theme = theme;
        this.texts = texts;
        this.titleLines = texts.wrap(labels.title(), titleFont(fs), width - fs);
        this.xLabelLines = texts.wrap(labels.x(), Font.font(fs), width - 6 * fs);
        this.top = (0.6 + 1.35 * titleLines.size()) * fs;
        // room for half the last x tick label
        this.right = width - rightSpace - 1.8 * fs;
        this.bottom = height - (1.9 + 1.25 * xLabelLines.size()) * fs;
        this.yLabelLines = texts.wrap(labels.y(), Font.font(fs), Math.max(fs, bottom - top));
        this.left = (4.0 + 1.25 * yLabelLines.size()) * fs;
        this.xMin = xMin;
        this.xMax = xMax == xMin ? xMin + 1 : xMax;
        this.yMin = yMin;
        this.yMax = yMax == yMin ? yMin + 1 : yMax;
    }

    private static Font titleFont(double fs) {
        return Font.font(null, FontWeight.BOLD, 1.1 * fs);
    }

    double px(double x) {
        return left + (x - xMin) / (xMax - xMin) * (right - left);
    }

    double py(double y) {
        return bottom - (y - yMin) / (yMax - yMin) * (bottom - top);
    }

    boolean usable() {
        return right - left > 20 && bottom - top > 20;
    }

    /** The data area. */
    Rectangle2D dataArea() {
        return new Rectangle2D(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    }

    /** Frame, ticks, axis labels and title. */
    void paintAxes(GraphicsContext gc) {
        double fs = theme.fontSize();
        gc.setStroke(theme.foreground());
        gc.setLineWidth(theme.lineScale());
        gc.strokeRect(left, top, right - left, bottom - top);
        gc.setFont(Font.font(fs));
        gc.setFill(theme.foreground());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        AxisTicks xTicks = AxisTicks.linear(xMin, xMax, Math.max(2, (int) ((right - left) / (6 * fs))));
        for (int i = 0; i < xTicks.major().length; i++) {
            double x = px(xTicks.major()[i]);
            gc.strokeLine(x, bottom, x, bottom + 4);
            texts.fill(gc, xTicks.labels()[i], x, bottom + 5);
        }
        for (int i = 0; i < xLabelLines.size(); i++) {
            texts.fill(gc, xLabelLines.get(i), 0.5 * (left + right), bottom + (1.5 + 1.25 * i) * fs + 4);
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        AxisTicks yTicks = AxisTicks.linear(yMin, yMax, Math.max(2, (int) ((bottom - top) / (3 * fs))));
        for (int i = 0; i < yTicks.major().length; i++) {
            double y = py(yTicks.major()[i]);
            gc.strokeLine(left - 4, y, left, y);
            texts.fill(gc, yTicks.labels()[i], left - 6, y);
        }
        for (int i = 0; i < yLabelLines.size(); i++) {
            texts.fillUpwards(gc, yLabelLines.get(i), (0.9 + 1.25 * i) * fs, 0.5 * (top + bottom));
        }
        gc.setFont(titleFont(fs));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        for (int i = 0; i < titleLines.size(); i++) {
            texts.fill(gc, titleLines.get(i), 0.5 * fs, (0.3 + 1.35 * i) * fs);
        }
        gc.setFont(Font.font(fs));
    }

    /** Clips later drawing to the data area. */
    void clip(GraphicsContext gc) {
        gc.beginPath();
        gc.rect(left, top, right - left, bottom - top);
        gc.clip();
    }

    /** A colour with another opacity. */
    static Color alpha(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), opacity);
    }
}
