package org.sgdvalley.ui.plot;

import javafx.scene.paint.Color;

/**
 * How a series is drawn.
 *
 * @param label name in the legend, the direct label and the hover readout (e.g. the run's label)
 * @param kind the kind of curve ("train", "test", "valley floor"), or empty: a legend of several kinds
 *     names the runs once by colour and the kinds once by line pattern
 * @param color line colour; envelopes use it translucent
 * @param width line width in pixels before the theme's line scale
 * @param dash the line pattern
 * @param visible draw the series at all (the legend toggles this)
 * @param envelope draw the min-max range of every pixel column under the line through the last values
 */
public record SeriesStyle(String label, String kind, Color color, double width, LineDash dash, boolean visible,
        boolean envelope) {

    /** Checks the label, kind, colour, width and pattern. */
    public SeriesStyle {
        if (label == null || kind == null || color == null || dash == null) {
            throw new IllegalArgumentException("series label, kind, colour and dash must not be null");
        }
        if (!(width > 0)) {
            throw new IllegalArgumentException("series width must be positive, got " + width);
        }
    }

    /** A style of no particular kind, solid or dashed. */
    public SeriesStyle(String label, Color color, double width, boolean dashed, boolean visible, boolean envelope) {
        this(label, "", color, width, dashed ? LineDash.DASHED : LineDash.SOLID, visible, envelope);
    }

    /** A visible, solid line of width 1.5 with a min-max envelope, e.g. for a bouncing loss. */
    public static SeriesStyle envelope(String label, Color color) {
        return new SeriesStyle(label, color, 1.5, false, true, true);
    }

    /** A visible, solid line of width 1.5 without envelope, e.g. for the step-size schedule. */
    public static SeriesStyle line(String label, Color color) {
        return new SeriesStyle(label, color, 1.5, false, true, false);
    }

    /** Whether the line is broken (dashed or dotted). */
    public boolean dashed() {
        return dash != LineDash.SOLID;
    }

    /** The label with its kind, as the hover readout names the series: "SGD eta=0.25: test". */
    public String fullLabel() {
        return kind.isEmpty() ? label : label + ": " + kind;
    }

    /** This style shown or hidden. */
    public SeriesStyle withVisible(boolean show) {
        return new SeriesStyle(label, kind, color, width, dash, show, envelope);
    }
}
