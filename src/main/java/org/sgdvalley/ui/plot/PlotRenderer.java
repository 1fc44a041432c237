package org.sgdvalley.ui.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

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
    private final LegendPainter legend = new LegendPainter(new TextMeasure());
    private Axis xAxis;
    private Axis yAxis;
    private Axis rasterY;
    private double scale = 1;
    private Rectangle2D plotArea = Rectangle2D.EMPTY;

    /**
     * Places the data area in a {@code width x height} view, decimates the visible series into columns of
     * {@code 1 / scale} view pixels, and fits the axes.
     *
     * @return whether the data area or an axis differs from the last layout (the back and front layers
     *     then need drawing again)
     */
    boolean layout(PlotModel model, double width, double height, double renderScale) {
        double fs = model.themeProperty().get().fontSize();
        double top = Math.round(fs * 0.8 + (model.titleProperty().get().isEmpty() ? 0 : fs * 1.8));
        double left = Math.round(fs * 4.5 + (model.yLabelProperty().get().isEmpty() ? 0 : fs * 1.6));
        double bottom = Math.round(fs * 2.2 + (model.xLabelProperty().get().isEmpty() ? 0 : fs * 1.6));
        double right = Math.round(fs * 1.5);
        Rectangle2D area = new Rectangle2D(left, top, Math.max(1, Math.floor(width - left - right)),
                Math.max(1, Math.floor(height - top - bottom)));
        Axis oldX = xAxis;
        Axis oldY = yAxis;
        boolean changed = !area.equals(plotArea) || renderScale != scale;
        plotArea = area;
        scale = renderScale;
        computeAxes(model);
        return changed || !xAxis.equals(oldX) || !yAxis.equals(oldY);
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
                raster.line(decimators.get(i), rasterY, style.color(), style.width() * lineScale, style.dashed());
            }
        }
        return raster.publish();
    }

    /** Draws axes, tick labels, title, axis labels, markers, annotations and the legend. */
    void paintFront(GraphicsContext gc, PlotModel model) {
        PlotTheme theme = model.themeProperty().get();
        Font font = Font.font(theme.fontSize());
        gc.setFont(font);
        GridPainter.paintFrame(gc, theme, plotArea, xAxis, yAxis, model);
        MarkerPainter.paint(gc, theme, plotArea, xAxis, yAxis, model);
        legend.paint(gc, model, plotArea, font);
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

    /** The index of the legend entry at a point, or -1. */
    int legendEntryAt(double x, double y) {
        return legend.entryAt(x, y);
    }

    /** The box of legend entry {@code index} in the last frame, or null. */
    Rectangle2D legendBounds(int index) {
        return legend.bounds(index);
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
        if (yRange == null) {
            yRange = AutoRange.y(lo, hi, yScale);
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
