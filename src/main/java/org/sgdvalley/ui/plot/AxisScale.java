package org.sgdvalley.ui.plot;

/** How an {@link Axis} maps values to pixels. */
public enum AxisScale {
    /** Equal distances for equal differences. */
    LINEAR,
    /** Equal distances for equal ratios (base 10); only positive values can be shown. */
    LOG;

    /** Whether a value can be placed on an axis of this scale: finite, and positive for {@link #LOG}. */
    public boolean accepts(double value) {
        return this == LOG ? value > 0 && value < Double.POSITIVE_INFINITY : Double.isFinite(value);
    }
}
