package org.sgdvalley.ui.plot;

/**
 * The stroke pattern of a series line, one per kind of curve (e.g. train loss solid, test loss dashed,
 * valley-floor loss dotted), so a kind reads the same in every plot.
 */
public enum LineDash {
    /** A continuous line. */
    SOLID(Double.POSITIVE_INFINITY, 0),
    /** Dashes three line widths long with gaps as long. */
    DASHED(3, 3),
    /** Dots one line width long with gaps twice as long. */
    DOTTED(1, 2);

    private final double on;
    private final double off;

    LineDash(double on, double off) {
        this.on = on;
        this.off = off;
    }

    /** The drawn length of one period, in line widths (infinite for a solid line). */
    double on() {
        return on;
    }

    /** The gap after each drawn part, in line widths. */
    double off() {
        return off;
    }
}
