package org.sgdvalley.session;

/** The points of one live series as the app held them (iteration, value), in increasing iteration. */
public record SeriesPoints(double[] x, double[] y) {
    public SeriesPoints {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
        }
    }
}
