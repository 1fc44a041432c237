package org.sgdvalley.ui.plot;

import java.util.Objects;

/**
 * Maps data values of one axis to pixels and back, and chooses readable ticks.
 *
 * <p>A linear axis maps {@code range.min()} to {@code pixelFrom} and {@code range.max()} to {@code pixelTo}
 * proportionally; a log axis does the same with {@code log10} of the values. For a vertical axis pass the
 * bottom pixel as {@code pixelFrom} and the top pixel as {@code pixelTo}. Instances are immutable and
 * need no JavaFX toolkit.
 */
public final class Axis {

    private final AxisScale scale;
    private final Range range;
    private final double pixelFrom;
    private final double pixelTo;
    private final double lo;
    private final double pixelsPerUnit;

    /**
     * @param scale linear or log
     * @param range the visible values; both ends positive for a log axis
     * @param pixelFrom the pixel where {@code range.min()} sits
     * @param pixelTo the pixel where {@code range.max()} sits (may be smaller than {@code pixelFrom})
     */
    public Axis(AxisScale scale, Range range, double pixelFrom, double pixelTo) {
        if (scale == AxisScale.LOG && range.min() <= 0) {
            throw new IllegalArgumentException("log axis needs a positive range, got " + range);
        }
        this.scale = scale;
        this.range = range;
        this.pixelFrom = pixelFrom;
        this.pixelTo = pixelTo;
        this.lo = toUnit(range.min());
        this.pixelsPerUnit = (pixelTo - pixelFrom) / (toUnit(range.max()) - lo);
    }

    /** The scale of this axis. */
    public AxisScale scale() {
        return scale;
    }

    /** The visible values. */
    public Range range() {
        return range;
    }

    /** The pixel of {@code range().min()}. */
    public double pixelFrom() {
        return pixelFrom;
    }

    /** The pixel of {@code range().max()}. */
    public double pixelTo() {
        return pixelTo;
    }

    /** The pixel of a value; NaN for a value a log axis cannot show. */
    public double toPixel(double value) {
        if (scale == AxisScale.LOG && value <= 0) {
            return Double.NaN;
        }
        return pixelFrom + (toUnit(value) - lo) * pixelsPerUnit;
    }

    /** The value at a pixel: the inverse of {@link #toPixel(double)}. */
    public double toValue(double pixel) {
        double unit = lo + (pixel - pixelFrom) / pixelsPerUnit;
        return scale == AxisScale.LOG ? Math.pow(10, unit) : unit;
    }

    /**
     * The range seen after zooming by {@code factor} around a pixel, which keeps its value.
     * A factor below 1 zooms in, above 1 zooms out.
     */
    public Range zoomedAround(double pixel, double factor) {
        double a = pixel + (pixelFrom - pixel) * factor;
        double b = pixel + (pixelTo - pixel) * factor;
        return between(a, b);
    }

    /** The range of values between two pixels, in either order. */
    public Range between(double pixelA, double pixelB) {
        double u = toValue(pixelA);
        double v = toValue(pixelB);
        return new Range(Math.min(u, v), Math.max(u, v));
    }

    /**
     * Ticks for this axis: "nice" values 1, 2 or 5 times a power of ten for a linear axis, decades with
     * minor ticks at 2..9 for a log axis spanning at least one decade.
     *
     * @param maxMajor the most major ticks wanted, at least 2 (e.g. axis length / 80 px)
     */
    public AxisTicks ticks(int maxMajor) {
        return scale == AxisScale.LOG
                ? AxisTicks.log(range.min(), range.max(), Math.max(2, maxMajor))
                : AxisTicks.linear(range.min(), range.max(), Math.max(2, maxMajor));
    }

    private double toUnit(double value) {
        return scale == AxisScale.LOG ? Math.log10(value) : value;
    }

    /** Axes are equal when they have the same scale, range and pixel ends. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Axis a && a.scale == scale && a.range.equals(range)
                && a.pixelFrom == pixelFrom && a.pixelTo == pixelTo;
    }

    @Override
    public int hashCode() {
        return Objects.hash(scale, range, pixelFrom, pixelTo);
    }
}
