package org.sgdvalley.ui.plot;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Dimension2D;
import javafx.geometry.Pos;

/**
 * Everything a {@link PlotView} shows, as observable state: series with styles, axis scales and labels,
 * markers, annotations, an optional band, the theme and the zoom. Usable without a running toolkit.
 *
 * <p>A null zoom range means "fit the data": x spans all visible series, y the visible values in the
 * x range. Switching an axis between linear and log resets that axis's zoom.
 */
public final class PlotModel {

    private final ObservableList<PlotEntry> series = FXCollections.observableArrayList(
            entry -> new Observable[] {entry.styleProperty(), entry.fitUntilProperty()});
    private final ObservableList<PlotMarker> markers = FXCollections.observableArrayList();
    private final ObservableList<PlotAnnotation> annotations = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty xLabel = new SimpleStringProperty(this, "xLabel", "");
    private final StringProperty yLabel = new SimpleStringProperty(this, "yLabel", "");
    private final ObjectProperty<AxisScale> xScale = new SimpleObjectProperty<>(this, "xScale", AxisScale.LINEAR);
    private final ObjectProperty<AxisScale> yScale = new SimpleObjectProperty<>(this, "yScale", AxisScale.LINEAR);
    private final ObjectProperty<Range> xZoom = new SimpleObjectProperty<>(this, "xZoom");
    private final ObjectProperty<Range> yZoom = new SimpleObjectProperty<>(this, "yZoom");
    private final ObjectProperty<PlotBand> band = new SimpleObjectProperty<>(this, "band");
    private final ObjectProperty<Pos> legendCorner =
            new SimpleObjectProperty<>(this, "legendCorner", Pos.TOP_RIGHT);
    private final ObjectProperty<Dimension2D> titleCorner =
            new SimpleObjectProperty<>(this, "titleCorner", new Dimension2D(0, 0));
    private final BooleanProperty namedElsewhere = new SimpleBooleanProperty(this, "namedElsewhere", false);
    private final DoubleProperty yDecades = new SimpleDoubleProperty(this, "yDecades", Double.POSITIVE_INFINITY);
    private final BooleanProperty fullYRange = new SimpleBooleanProperty(this, "fullYRange", false);
    private final ObjectProperty<PlotTheme> theme = new SimpleObjectProperty<>(this, "theme", PlotTheme.LIGHT);

    /** An empty plot with linear axes and the light theme. */
    public PlotModel() {
        xScale.addListener((obs, old, now) -> xZoom.set(null));
        yScale.addListener((obs, old, now) -> yZoom.set(null));
    }

    /**
     * Adds a series and returns its entry.
     *
     * @param data the data the plot reads each frame
     * @param style how to draw it
     */
    public PlotEntry addSeries(PlotSeries data, SeriesStyle style) {
        PlotEntry entry = new PlotEntry(data, style);
        series.add(entry);
        return entry;
    }

    /** Zooms to the given ranges; a null range fits that axis to the data. */
    public void zoom(Range x, Range y) {
        xZoom.set(x);
        yZoom.set(y);
    }

    /** Fits both axes to the data again. */
    public void resetZoom() {
        zoom(null, null);
    }

    /** The series in drawing order; changes to an entry's style are reported as list updates. */
    public ObservableList<PlotEntry> getSeries() {
        return series;
    }

    /** Vertical markers. */
    public ObservableList<PlotMarker> getMarkers() {
        return markers;
    }

    /** Text annotations. */
    public ObservableList<PlotAnnotation> getAnnotations() {
        return annotations;
    }

    /** Title above the plot. */
    public StringProperty titleProperty() {
        return title;
    }

    /** Label under the x axis. */
    public StringProperty xLabelProperty() {
        return xLabel;
    }

    /** Label beside the y axis. */
    public StringProperty yLabelProperty() {
        return yLabel;
    }

    /** Linear or log x axis. */
    public ObjectProperty<AxisScale> xScaleProperty() {
        return xScale;
    }

    /** Linear or log y axis. */
    public ObjectProperty<AxisScale> yScaleProperty() {
        return yScale;
    }

    /** The zoomed x range, or null to fit the data. */
    public ObjectProperty<Range> xZoomProperty() {
        return xZoom;
    }

    /** The zoomed y range, or null to fit the data. */
    public ObjectProperty<Range> yZoomProperty() {
        return yZoom;
    }

    /**
     * How many decades below its top an autoscaled log y axis reaches at most (infinite by default): a
     * loss that converges to 1e-30 then does not squeeze a bounce near 1e-1 into the top strip. The plot
     * marks where a curve continues below; {@link #fullYRangeProperty()} lifts the limit.
     */
    public DoubleProperty yDecadesProperty() {
        return yDecades;
    }

    /** Whether the autoscaled y axis reaches the smallest value shown, ignoring {@link #yDecadesProperty()}. */
    public BooleanProperty fullYRangeProperty() {
        return fullYRange;
    }

    /**
     * The place in the data area a legend inside it tries first: TOP_RIGHT (default), TOP_LEFT,
     * BOTTOM_LEFT... It keeps that place unless another covers less drawn data.
     */
    public ObjectProperty<Pos> legendCornerProperty() {
        return legendCorner;
    }

    /**
     * Whether a key outside the plot names its runs (one key for several plots, see {@link RunKey}): the
     * plot then names no run, only the kinds of curve (train, test, valley floor) when it shows several,
     * in a small legend; the hover readout still names the run under the mouse.
     */
    public BooleanProperty namedElsewhereProperty() {
        return namedElsewhere;
    }

    /**
     * Room kept free at the right end of the title row for a control laid over the plot there (a
     * chooser, say): the title stays left of it and the data area starts below it. Zero by default.
     */
    public ObjectProperty<Dimension2D> titleCornerProperty() {
        return titleCorner;
    }

    /** The shaded band between two series, or null. */
    public ObjectProperty<PlotBand> bandProperty() {
        return band;
    }

    /** Colours and sizes of the frame. */
    public ObjectProperty<PlotTheme> themeProperty() {
        return theme;
    }
}
