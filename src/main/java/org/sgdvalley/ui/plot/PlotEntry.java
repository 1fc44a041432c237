package org.sgdvalley.ui.plot;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One series of a {@link PlotModel}: its data and its (changeable) style. */
public final class PlotEntry {

    private final PlotSeries series;
    private final ObjectProperty<SeriesStyle> style;
    private final DoubleProperty fitUntil =
            new SimpleDoubleProperty(this, "fitUntil", Double.POSITIVE_INFINITY);

    /** A series with its initial style. */
    public PlotEntry(PlotSeries series, SeriesStyle style) {
        if (series == null || style == null) {
            throw new IllegalArgumentException("series and style must not be null");
        }
        this.series = series;
        this.style = new SimpleObjectProperty<>(this, "style", style);
    }

    /** The data. */
    public PlotSeries series() {
        return series;
    }

    /** The style; the plot redraws when it changes. */
    public ObjectProperty<SeriesStyle> styleProperty() {
        return style;
    }

    /** The current style. */
    public SeriesStyle getStyle() {
        return style.get();
    }

    /** Replaces the style. */
    public void setStyle(SeriesStyle value) {
        style.set(value);
    }

    /** Shows a hidden series or hides a shown one. */
    public void toggleVisible() {
        setStyle(getStyle().withVisible(!getStyle().visible()));
    }

    /**
     * The last x whose values the autoscaled y axis fits (infinite by default): a diverged run's
     * values on its way to overflow are drawn but do not stretch the axis.
     */
    public DoubleProperty fitUntilProperty() {
        return fitUntil;
    }
}
