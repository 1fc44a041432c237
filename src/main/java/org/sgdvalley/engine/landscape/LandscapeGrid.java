package org.sgdvalley.engine.landscape;

/**
 * Training losses on a regular grid of a {@link LandscapePlane}: {@code values[row * columns + col]} is
 * the loss at a = aMin + col (aMax - aMin) / (columns - 1), b = bMin + row (bMax - bMin) / (rows - 1),
 * clipped at {@link #clip} (non-finite losses become the clip).
 */
public record LandscapeGrid(LandscapePlane plane, double aMin, double aMax, double bMin, double bMax, int columns,
                            int rows, double clip, double[] values) {

    /** The a coordinate of column {@code col}. */
    public double a(int col) {
        return aMin + (aMax - aMin) * col / (columns - 1);
    }

    /** The b coordinate of row {@code row}. */
    public double b(int row) {
        return bMin + (bMax - bMin) * row / (rows - 1);
    }

    /** The loss at a grid node. */
    public double value(int row, int col) {
        return values[row * columns + col];
    }

    /** Smallest and largest value. */
    public double[] range() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new double[] {lo, hi};
    }
}
