package org.sgdvalley.ui.plot;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The data area of a plot, drawn straight into an ARGB pixel array shared with an image: background,
 * grid, per-column envelopes, lines through the columns' last values, and bands. Drawing a column is a vertical run of pixels, so the cost is
 * bounded by the pixels touched, far below what the software renderer needs for as many shapes.
 * Coordinates are raster pixels: column {@code c} of a decimation is raster column {@code c}, and the y
 * axis maps to {@code height..0}.
 */
final class DataRaster {

    private int width;
    private int height;
    private int[] pixels = new int[0];
    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;

    /** Sizes the raster (reusing its memory when possible) and fills it with an opaque background. */
    void reset(int w, int h, Color background) {
        width = Math.max(1, w);
        height = Math.max(1, h);
        if (image == null || (int) image.getWidth() != width || (int) image.getHeight() != height) {
            pixels = new int[width * height];
            buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }
        Arrays.fill(pixels, premultiplied(background.deriveColor(0, 1, 1, 1 / background.getOpacity())));
    }

    /**
     * Draws grid lines {@code thickness} pixels wide at the ticks: minor ones at half the opacity of
     * {@code color}, then major ones.
     */
    void grid(AxisTicks xTicks, AxisTicks yTicks, Axis x, Axis y, Color color, int thickness) {
        Color minor = color.deriveColor(0, 1, 1, 0.5);
        for (double[] values : new double[][] {xTicks.minor(), xTicks.major()}) {
            int argb = premultiplied(values == xTicks.minor() ? minor : color);
            for (double v : values) {
                int px = (int) Math.floor(x.toPixel(v)) - thickness / 2;
                for (int k = 0; k < thickness; k++) {
                    span(Math.min(width - 1, px + k), 0, height, argb);
                }
            }
        }
        for (double[] values : new double[][] {yTicks.minor(), yTicks.major()}) {
            int argb = premultiplied(values == yTicks.minor() ? minor : color);
            for (double v : values) {
                int row = Math.min(height - 1, (int) Math.floor(y.toPixel(v))) - thickness / 2;
                for (int k = 0; k < thickness; k++) {
                    row(row + k, argb);
                }
            }
        }
    }

    /** Marks the pixels as changed and returns the image showing them; call on the JavaFX thread. */
    WritableImage publish() {
        buffer.updateBuffer(b -> null);
        return image;
    }

    /** Fills each column from its min to its max, at least one pixel high. */
    void envelope(ColumnDecimator d, Axis y, Color color) {
        int argb = premultiplied(color);
        int columns = Math.min(d.columns(), width);
        for (int c = 0; c < columns; c++) {
            double lo = d.min(c);
            if (!Double.isNaN(lo)) {
                double top = y.toPixel(d.max(c));
                span(c, top, Math.max(top + 1, y.toPixel(lo)), argb);
            }
        }
    }

    /**
     * Draws a line through the columns' last values, {@code lineWidth} pixels thick, in a dash pattern
     * measured in line widths (at least two pixels each, so dots stay visible).
     */
    void line(ColumnDecimator d, Axis y, Color color, double lineWidth, LineDash dash) {
        double unit = Math.max(2, lineWidth);
        Pen pen = new Pen(premultiplied(color), Math.max(1, (int) Math.round(lineWidth)), dash.on() * unit,
                dash.off() * unit);
        int previous = -1;
        double previousY = 0;
        int columns = Math.min(d.columns(), width);
        for (int c = 0; c < columns; c++) {
            double v = d.last(c);
            if (Double.isNaN(v)) {
                continue;
            }
            double entry = clampY(y.toPixel(d.first(c)));
            double py = clampY(y.toPixel(v));
            // Column x draws the part of the segment between x and x + 1: from the last value of the
            // column before to this column's first, then straight down or up to its last.
            for (int x = Math.max(previous, 0); previous >= 0 && x < c; x++) {
                double ya = previousY + (entry - previousY) * (x - previous) / (c - previous);
                double yb = previousY + (entry - previousY) * (x + 1 - previous) / (c - previous);
                pen.stroke(x, ya, yb);
            }
            if (entry != py) {
                pen.stroke(c, entry, py);
            }
            previous = c;
            previousY = py;
        }
        if (previous >= 0) {
            pen.stroke(previous, previousY, previousY);
        }
    }

    /** Strokes column pieces of a line with a thickness and a dash pattern measured along the line. */
    private final class Pen {
        private final int argb;
        private final int thickness;
        private final double on;
        private final double off;
        private double travelled;

        Pen(int argb, int thickness, double on, double off) {
            this.argb = argb;
            this.thickness = thickness;
            this.on = on;
            this.off = off;
        }

        void stroke(int x, double ya, double yb) {
            boolean drawn = travelled % (on + off) < on;
            travelled += Math.hypot(1, yb - ya);
            if (drawn) {
                double half = thickness / 2.0;
                for (int k = 0; k < thickness; k++) {
                    span(x - thickness / 2 + k, Math.min(ya, yb) - half, Math.max(ya, yb) + half, argb);
                }
            }
        }
    }

    /**
     * Draws a dot of {@code radius} pixels where a line ends (the last value of its rightmost column),
     * so that the newest value, and a series of a single sample (the initial loss at step 0), show.
     */
    void endDot(ColumnDecimator d, Axis y, Color color, double radius) {
        for (int c = Math.min(d.columns(), width) - 1; c >= 0; c--) {
            if (!Double.isNaN(d.last(c))) {
                double py = y.toPixel(d.last(c));
                int argb = premultiplied(color);
                for (int dx = (int) -Math.floor(radius); dx <= radius; dx++) {
                    double half = Math.sqrt(radius * radius - dx * dx);
                    span(c + dx, py - half, py + half, argb);
                }
                return;
            }
        }
    }

    /**
     * Marks, with a strip {@code thickness} pixels high along the bottom edge, the columns where a
     * series has values below the axis.
     */
    void belowRange(ColumnDecimator d, Axis y, Color color, int thickness) {
        int argb = premultiplied(color);
        int columns = Math.min(d.columns(), width);
        for (int c = 0; c < columns; c++) {
            double lo = d.min(c);
            if (lo < y.range().min()) {
                span(c, height - thickness, height, argb);
            }
        }
    }

    /** Fills each column between the last values of two decimations. */
    void band(ColumnDecimator lower, ColumnDecimator upper, Axis y, Color color) {
        int argb = premultiplied(color);
        int columns = Math.min(Math.min(lower.columns(), upper.columns()), width);
        for (int c = 0; c < columns; c++) {
            double a = lower.last(c);
            double b = upper.last(c);
            if (!Double.isNaN(a) && !Double.isNaN(b)) {
                double pa = y.toPixel(a);
                double pb = y.toPixel(b);
                span(c, Math.min(pa, pb), Math.max(pa, pb), argb);
            }
        }
    }

    /** Blends a colour over the pixels of column {@code x} covering {@code top..bottom}. */
    private void span(int x, double top, double bottom, int argb) {
        if (x < 0 || x >= width || !(bottom >= 0 && top < height)) {
            return;
        }
        int from = (int) Math.max(0, Math.floor(top));
        int to = (int) Math.min(height, Math.ceil(bottom));
        // Runs of equal pixels (the background, mostly) blend to equal results: blend once per run.
        int below = ~pixels[from * width + x];
        int blended = 0;
        for (int row = from; row < to; row++) {
            int i = row * width + x;
            if (pixels[i] != below) {
                below = pixels[i];
                blended = over(argb, below);
            }
            pixels[i] = blended;
        }
    }

    private void row(int y, int argb) {
        if (y >= 0 && y < height) {
            for (int i = y * width; i < (y + 1) * width; i++) {
                pixels[i] = over(argb, pixels[i]);
            }
        }
    }

    private double clampY(double py) {
        return Math.max(-2.0 * height, Math.min(3.0 * height, py));
    }

    /** Source-over blending of premultiplied ARGB pixels. */
    private static int over(int src, int dst) {
        int alpha = src >>> 24;
        if (alpha == 255 || dst == 0) {
            return src;
        }
        int keep = 255 - alpha;
        int a = alpha + ((dst >>> 24) * keep + 127) / 255;
        int r = ((src >> 16) & 255) + (((dst >> 16) & 255) * keep + 127) / 255;
        int g = ((src >> 8) & 255) + (((dst >> 8) & 255) * keep + 127) / 255;
        int b = (src & 255) + ((dst & 255) * keep + 127) / 255;
        return a << 24 | r << 16 | g << 8 | b;
    }

    private static int premultiplied(Color color) {
        double a = color.getOpacity();
        int alpha = (int) Math.round(a * 255);
        return alpha << 24 | channel(color.getRed() * a) << 16 | channel(color.getGreen() * a) << 8
                | channel(color.getBlue() * a);
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }
}
