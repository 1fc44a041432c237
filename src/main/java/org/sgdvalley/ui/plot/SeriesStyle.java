package org.sgdvalley.ui.plot;

import javafx.scene.paint.Color;

/**
 * How a series is drawn.
 *
 * @param label name in the legend and the hover readout
 * @param color line colour; envelopes use it translucent
 * @param width line width in pixels before the theme's line scale
 * @param dashed draw the line dashed
 * @param visible draw the series at all (the legend toggles this)
 * @param envelope draw the min-max range of every pixel column under the line through the last values
 */
public record SeriesStyle(String label, Color color, double width, boolean dashed, boolean visible, boolean envelope) {

    /** Checks the label, colour and width. */
    public SeriesStyle {
        if (label == null || color == null) {
            throw new IllegalArgumentException("series label and colour must not be null");
        }
        if (!(width > 0)) {
            throw new IllegalArgumentException("series width must be positive, got " + width);
        }
    }

    /** A visible, solid line of width 1.5 with a min-max envelope, e.g. for a bouncing loss. */
    public static SeriesStyle envelope(String label, Color color) {
        return new SeriesStyle(label, color, 1.5, false, true, true);
    }

    /** A visible, solid line of width 1.5 without envelope, e.g. for the step-size schedule. */
    public static SeriesStyle line(String label, Color color) {
        return new SeriesStyle(label, color, 1.5, false, true, false);
    }

    /** This style shown or hidden. */
    public SeriesStyle withVisible(boolean show) {
        return new SeriesStyle(label, color, width, dashed, show, envelope);
    }
}
