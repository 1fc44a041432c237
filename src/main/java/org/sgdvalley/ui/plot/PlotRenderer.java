package org.sgdvalley.ui.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sgdvalley.ui.base.DrawnLayout;

/**
 * Lays out and draws a {@link PlotModel} in two layers: the data area (background, grid and data, as an
 * image) and the front (axes, labels, markers, annotations, legend, on a canvas). Keeps the axes, column
 * values and legend boxes of the last frame for hit tests and the hover readout.
 */
final class PlotRenderer {

    private final List<ColumnDecimator> decimators = new ArrayList<>();
    private final ColumnDecimator bandLower = new ColumnDecimator();
    private final ColumnDecimator bandUpper = new ColumnDecimator();
    private final DataRaster raster = new DataRaster();
    /** Written where curves continue below a log axis's floor. */
    static final String FLOOR_NOTE = "\u25BC continues below (right-click: full range)";

    private final SeriesNames names = new SeriesNames();
    private final MarkerPainter markers = new MarkerPainter();
    private final TextMeasure floorMeasure = new TextMeasure();
    private final DataCover cover = new DataCover();
    private final DrawnTexts drawn = new DrawnTexts();
    private boolean[] shown = new boolean[0];
    private double viewWidth;
    private double viewHeight;
    /** Whether the autoscaled y axis stops above the smallest value (a curve continues below it). */
    private boolean cutBelow;
    private DrawnLayout layout = new DrawnLayout(Rectangle2D.EMPTY, List.of(), List.of(), 0);
    private Axis xAxis;
    private Axis yAxis;
    private Axis rasterY;
    private double scale = 1;
    private Rectangle2D plotArea = Rectangle2D.EMPTY;

    /**
     * Places the data area in a {@code width x height} view, decimates the visible series into columns of
     * {@code 1 / scale} view pixels, fits the axes and decides how the series are named
     * ({@link SeriesNames}), which may take room beside or below the data area.
     *
     * @return whether the data area or an axis differs from the last layout (the back and front layers
     *     then need drawing again)
     */
    boolean layout(PlotModel model, double width, double height, double renderScale) {
        double fs = model.themeProperty().get().fontSize();
        Font font = Font.font(fs);
        double top = GridPainter.dataTop(model, width, fs);
        double left = Math.round(fs * 4.5 + (model.yLabelProperty().get().isEmpty() ? 0 : fs * 1.6));
        double bottom = Math.round(fs * 2.2 + (model.xLabelProperty().get().isEmpty() ? 0 : fs * 1.6));
        double areaHeight = Math.max(1, Math.floor(height - top - bottom));
        boolean rowsChanged = names.choose(model, font, width, height,
                Math.max(1, Math.floor(width - left - Math.round(fs * 1.5))), areaHeight);
        double right = names.rightMargin(Math.round(fs * 1.5));
        areaHeight = Math.max(1, Math.floor(areaHeight - names.bottomMargin()));
        Rectangle2D area = new Rectangle2D(left, top, Math.max(1, Math.floor(width - left - right)), areaHeight);
        Axis oldX = xAxis;
        Axis oldY = yAxis;
        boolean changed = !area.equals(plotArea) || renderScale != scale || rowsChanged;
        boolean wasCut = cutBelow;
        plotArea = area;
        scale = renderScale;
        viewWidth = width;
        viewHeight = height;
        computeAxes(model);
        return changed || wasCut != cutBelow || !xAxis.equals(oldX) || !yAxis.equals(oldY);
    }

    /**
     * Places the series names for the data of the last layout: the inside legend where it covers the
     * least drawn data (matplotlib's loc="best"), direct labels at the height where their lines end,
     * pushed apart so that none overlaps another. Keeps the old places unless the data moved enough.
     *
     * @return whether a name moved (the front layer then needs drawing again)
     */
    boolean placeNames(PlotModel model) {
        updateCover(model);
        return names.place(model, plotArea, yAxis, decimators, cover);
    }

    private void updateCover(PlotModel model) {
        List<PlotEntry> entries = model.getSeries();
        if (shown.length != entries.size()) {
            shown = new boolean[entries.size()];
        }
        for (int i = 0; i < shown.length; i++) {
            shown[i] = entries.get(i).getStyle().visible();
        }
        PlotTheme theme = model.themeProperty().get();
        cover.update(decimators, shown, rasterY, plotArea, scale, 1.5 * theme.lineScale() * scale);
    }

    /** Draws the data area: background, grid, band, envelopes and lines of the visible series. */
    WritableImage paintData(PlotModel model) {
        PlotTheme theme = model.themeProperty().get();
        raster.reset(rasterColumns(), (int) Math.round(plotArea.getHeight() * scale), theme.background());
        Axis x = rasterX();
        raster.grid(GridPainter.xTicks(theme, plotArea, xAxis), GridPainter.yTicks(theme, plotArea, yAxis), x, rasterY,
                theme.grid(), Math.max(1, (int) Math.round(theme.lineScale() * scale)));
        PlotBand band = model.bandProperty().get();
        if (band != null) {
            bandLower.decimate(band.lower(), x, rasterY.scale());
            bandUpper.decimate(band.upper(), x, rasterY.scale());
            raster.band(bandLower, bandUpper, rasterY, band.fill());
        }
        List<PlotEntry> entries = model.getSeries();
        double lineScale = theme.lineScale() * scale;
        for (int i = 0; i < entries.size(); i++) {
            SeriesStyle style = entries.get(i).getStyle();
            if (style.visible()) {
                if (style.envelope()) {
                    Color c = style.color();
                    raster.envelope(decimators.get(i), rasterY, c.deriveColor(0, 1, 1, 0.35));
                }
                raster.line(decimators.get(i), rasterY, style.color(), style.width() * lineScale, style.dash());
                if (!style.label().isEmpty()) {
                    raster.endDot(decimators.get(i), rasterY, style.color(), style.width() * lineScale * 1.6);
                }
                if (cutBelow) {
                    raster.belowRange(decimators.get(i), rasterY, style.color(), (int) Math.round(4 * lineScale));
                }
            }
        }
        return raster.publish();
    }

    /** Draws axes, tick labels, title, axis labels, the names of the series, markers and annotations. */
    void paintFront(GraphicsContext gc, PlotModel model) {
        PlotTheme theme = model.themeProperty().get();
        Font font = Font.font(theme.fontSize());
        gc.setFont(font);
        drawn.clear();
        GridPainter.paintFrame(gc, theme, plotArea, viewWidth, xAxis, yAxis, model, drawn);
        gc.setFont(font);
        names.paint(gc, model, plotArea, viewHeight, drawn);
        markers.paint(gc, theme, plotArea, xAxis, yAxis, model, drawn, cover);
        if (cutBelow) {
            paintFloorNote(gc, theme);
        }
        layout = new DrawnLayout(plotArea, drawn.texts(), drawn.legends(), coverOfData());
    }

    /**
     * Says, at the bottom right (or left) of the data area where that hides no data, that the coloured strips along the bottom edge mark
     * curves continuing below the axis, and how to see them.
     */
    private void paintFloorNote(GraphicsContext gc, PlotTheme theme) {
        double fs = theme.fontSize();
        String text = FLOOR_NOTE;
        double w = floorMeasure.width(text, gc.getFont());
        double h = floorMeasure.height(gc.getFont());
        Rectangle2D box = MarkerPainter.clearest(List.of(
                new Rectangle2D(plotArea.getMaxX() - w - fs * 0.5, plotArea.getMaxY() - h - fs * 0.5, w, h),
                new Rectangle2D(plotArea.getMinX() + fs * 0.5, plotArea.getMaxY() - h - fs * 0.5, w, h)),
                plotArea, drawn, cover);
        if (box != null) {
            gc.setFill(theme.background().deriveColor(0, 1, 1, 0.8));
            gc.fillRect(box.getMinX() - 2, box.getMinY(), w + 4, h);
            gc.setFill(theme.foreground());
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText(text, box.getMinX(), box.getMinY());
            drawn.add(text, box, false);
        }
    }

    /** The fraction of drawn data under the legends and the texts drawn inside the data area. */
    private double coverOfData() {
        double sum = 0;
        for (Rectangle2D box : drawn.legends()) {
            sum += cover.fraction(box);
        }
        for (DrawnLayout.DrawnText t : drawn.texts()) {
            if (t.box().intersects(plotArea) && drawn.legends().stream().noneMatch(l -> l.contains(t.box()))) {
                sum += cover.fraction(t.box());
            }
        }
        return Math.min(1, sum);
    }

    /** The layout of the last front drawing. */
    DrawnLayout drawnLayout() {
        return layout;
    }

    /** Notes that did not fit beside their markers, with their x in view pixels, for the hover readout. */
    List<MarkerPainter.Note> droppedNotes() {
        return markers.dropped();
    }

    /** The x axis of the last layout, in view pixels. */
    Axis xAxis() {
        return xAxis;
    }

    /** The y axis of the last layout, in view pixels. */
    Axis yAxis() {
        return yAxis;
    }

    /** The data area of the last layout. */
    Rectangle2D plotArea() {
        return plotArea;
    }

    /** The column under a view x position, for {@link #columns(int)}. */
    int columnAt(double viewX) {
        return (int) Math.floor((viewX - plotArea.getMinX()) * scale);
    }

    /** The column values of series {@code index} in the last layout (stale for hidden series). */
    ColumnDecimator columns(int index) {
        return decimators.get(index);
    }

    /** The series named by the legend row or direct label at a point; empty if none is there. */
    List<Integer> namedAt(double x, double y) {
        return names.namedAt(x, y);
    }

    /** The box of legend entry {@code index} in the last frame, or null. */
    Rectangle2D legendBounds(int index) {
        return names.bounds(index);
    }

    private void computeAxes(PlotModel model) {
        AxisScale xScale = model.xScaleProperty().get();
        AxisScale yScale = model.yScaleProperty().get();
        Range xRange = model.xZoomProperty().get();
        List<PlotEntry> entries = model.getSeries();
        while (decimators.size() < entries.size()) {
            decimators.add(new ColumnDecimator());
        }
        if (xRange == null) {
            double lo = Double.NaN;
            double hi = Double.NaN;
            for (PlotEntry entry : entries) {
                PlotSeries s = entry.series();
                if (entry.getStyle().visible() && s.count() > 0) {
                    lo = min(lo, firstShowableX(s, xScale));
                    hi = max(hi, s.x()[s.count() - 1]);
                }
            }
            xRange = AutoRange.x(lo, hi, xScale);
        }
        xAxis = new Axis(xScale, xRange, plotArea.getMinX(), plotArea.getMaxX());
        Axis x = rasterX();
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).getStyle().visible()) {
                ColumnDecimator d = decimators.get(i);
                d.decimate(entries.get(i).series(), x, yScale);
                double until = entries.get(i).fitUntilProperty().get();
                if (until < Double.POSITIVE_INFINITY) {
                    double[] fit = fittedValues(entries.get(i).series(), Math.min(until, xAxis.range().max()), yScale);
                    lo = min(lo, fit[0]);
                    hi = max(hi, fit[1]);
                } else {
                    lo = min(lo, d.lowest());
                    hi = max(hi, d.highest());
                }
            }
        }
        Range yRange = model.yZoomProperty().get();
        double floor = yScale == AxisScale.LOG && !model.fullYRangeProperty().get() && hi > 0
                ? hi / Math.pow(10, model.yDecadesProperty().get()) : Double.NEGATIVE_INFINITY;
        cutBelow = yRange == null && lo < floor;
        if (yRange == null) {
            yRange = AutoRange.y(cutBelow ? floor : lo, hi, yScale);
        }
        yAxis = new Axis(yScale, yRange, plotArea.getMaxY(), plotArea.getMinY());
        rasterY = new Axis(yScale, yRange, Math.round(plotArea.getHeight() * scale), 0);
    }

    /** {lowest, highest} showable value of the entries from the x axis's start up to {@code until}. */
    private double[] fittedValues(PlotSeries s, double until, AxisScale yScale) {
        double lo = Double.NaN;
        double hi = Double.NaN;
        double from = xAxis.range().min();
        for (int k = 0; k < s.count() && s.x()[k] <= until; k++) {
            if (s.x()[k] >= from) {
                if (Double.isFinite(s.min()[k]) && yScale.accepts(s.min()[k])) {
                    lo = min(lo, s.min()[k]);
                }
                if (Double.isFinite(s.max()[k]) && yScale.accepts(s.max()[k])) {
                    hi = max(hi, s.max()[k]);
                }
            }
        }
        return new double[] {lo, hi};
    }

    private Axis rasterX() {
        return new Axis(xAxis.scale(), xAxis.range(), 0, rasterColumns());
    }

    private int rasterColumns() {
        return (int) Math.round(plotArea.getWidth() * scale);
    }

    private static double firstShowableX(PlotSeries s, AxisScale scale) {
        double[] x = s.x();
        for (int i = 0; i < s.count(); i++) {
            if (scale.accepts(x[i])) {
                return x[i];
            }
        }
        return Double.NaN;
    }

    /** The smaller of two values, ignoring NaN unless both are. */
    private static double min(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    /** The larger of two values, ignoring NaN unless both are. */
    private static double max(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }
}
