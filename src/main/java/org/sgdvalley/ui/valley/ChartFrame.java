package org.sgdvalley.ui.valley;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sgdvalley.ui.plot.PlotTheme;

/**
 * A title, linear axes with ticks and labels, and the mapping from data to pixels, for the Valley tab's
 * hand-drawn canvases (contours, cross-section, bifurcation diagram).
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

    ChartFrame(double width, double height, double rightSpace, PlotTheme theme, double xMin, double xMax,
               double yMin, double yMax) {
        double fs = theme.fontSize();
        this.left = 5.2 * fs;
        this.top = 2.2 * fs;
        this.right = width - rightSpace - 0.8 * fs;
        this.bottom = height - 3.2 * fs;
        this.xMin = xMin;
        this.xMax = xMax == xMin ? xMin + 1 : xMax;
        this.yMin = yMin;
        this.yMax = yMax == yMin ? yMin + 1 : yMax;
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

    /** Background, frame, ticks, axis labels and title. */
    void paintAxes(GraphicsContext gc, PlotTheme theme, double width, double height, String title, String xLabel,
                   String yLabel) {
        double fs = theme.fontSize();
        gc.setStroke(theme.foreground());
        gc.setLineWidth(theme.lineScale());
        gc.strokeRect(left, top, right - left, bottom - top);
        gc.setFont(Font.font(fs));
        gc.setFill(theme.foreground());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (double t : ticks(xMin, xMax, Math.max(2, (int) ((right - left) / (6 * fs))))) {
            double x = px(t);
            gc.strokeLine(x, bottom, x, bottom + 4);
            gc.fillText(format(t), x, bottom + 5);
        }
        gc.fillText(xLabel, 0.5 * (left + right), bottom + 1.5 * fs + 4);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (double t : ticks(yMin, yMax, Math.max(2, (int) ((bottom - top) / (3 * fs))))) {
            double y = py(t);
            gc.strokeLine(left - 4, y, left, y);
            gc.fillText(format(t), left - 6, y);
        }
        gc.save();
        gc.translate(0.9 * fs, 0.5 * (top + bottom));
        gc.rotate(-90);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(yLabel, 0, 0);
        gc.restore();
        gc.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, 1.1 * fs));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(title, left, 0.4 * fs);
        gc.setFont(Font.font(fs));
    }

    /** Clips later drawing to the data area. */
    void clip(GraphicsContext gc) {
        gc.beginPath();
        gc.rect(left, top, right - left, bottom - top);
        gc.clip();
    }

    /** About {@code count} round tick positions in [lo, hi]. */
    static double[] ticks(double lo, double hi, int count) {
        double span = hi - lo;
        if (!(span > 0) || !Double.isFinite(span)) {
            return new double[0];
        }
        double raw = span / count;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        double first = Math.ceil(lo / step) * step;
        int n = (int) Math.floor((hi - first) / step + 1e-9) + 1;
        double[] out = new double[Math.max(0, n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = first + i * step;
            if (Math.abs(out[i]) < step * 1e-9) {
                out[i] = 0;
            }
        }
        return out;
    }

    static String format(double v) {
        double a = Math.abs(v);
        if (v == 0) {
            return "0";
        }
        if (a >= 1e4 || a < 1e-2) {
            return String.format("%.1e", v).replace(".0e", "e").replace("e-0", "e-").replace("e+0", "e")
                    .replace("e+", "e");
        }
        return java.math.BigDecimal.valueOf(Double.parseDouble(String.format("%.3g", v))).stripTrailingZeros()
                .toPlainString();
    }

    /** A colour with another opacity. */
    static Color alpha(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), opacity);
    }
}
