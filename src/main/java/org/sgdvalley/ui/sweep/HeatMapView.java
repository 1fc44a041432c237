package org.sgdvalley.ui.sweep;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.sgdvalley.engine.sweep.SweepAxis;
import org.sgdvalley.engine.sweep.SweepGrid;
import org.sgdvalley.engine.sweep.SweepSpec;
import org.sgdvalley.export.RenderScalable;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.TextMeasure;
import org.sgdvalley.ui.plot.TickFormat;
import org.sgdvalley.ui.valley.LogColorScale;

/**
 * A heat map of one quantity of a sweep: one cell per grid point coloured by the median over its seeds,
 * diverged points in grey, points still running left blank, the edge of stability drawn as a line
 * between the last step sizes that held and the first that diverged, and the preset's own runs as
 * rings. Draws only when told ({@link #redraw}).
 */
public final class HeatMapView extends Region implements RenderScalable {
    private final TextMeasure measure = new TextMeasure();
    static final Color DIVERGED = Color.rgb(95, 95, 95);
    /** Okabe-Ito vermillion: stands out from viridis, grey and the black and white marks. */
    private static final Color HOVER = Color.web("#D55E00");

    private final Canvas canvas = new Canvas();
    private SweepGrid grid;
    private String quantity = SweepGrid.DIVERGED;
    private PlotTheme theme = PlotTheme.LIGHT;
    private double renderScale = 1;
    private int hoverI = -1;
    private int hoverJ = -1;

    /** An empty map; {@link #show} gives it a sweep. */
    public HeatMapView() {
        getChildren().add(canvas);
        setMinSize(320, 240);
        setPrefSize(900, 560);
    }

    /** Shows {@code grid}'s values of {@code what} (one of {@link SweepGrid#quantities()}). */
    public void show(SweepGrid newGrid, String what) {
        this.grid = newGrid;
        this.quantity = what;
        redraw();
    }

    /** The quantity on show. */
    public String quantity() {
        return quantity;
    }

    /** Sets the colours and type sizes. */
    public void setTheme(PlotTheme newTheme) {
        this.theme = newTheme;
        redraw();
    }

    /** Outlines grid point (i, j), or nothing for -1. */
    public void highlight(int i, int j) {
        if (i != hoverI || j != hoverJ) {
            hoverI = i;
            hoverJ = j;
            redraw();
        }
    }

    /** The grid point {i, j} under a position in this view's coordinates, or null. */
    public int[] pointAt(double px, double py) {
        if (grid == null) {
            return null;
        }
        SweepSpec s = grid.sweep();
        double w = cellWidth();
        double h = cellHeight();
        int i = (int) Math.floor((px - left()) / w);
        int jFromTop = (int) Math.floor((py - top()) / h);
        if (px < left() || py < top() || i >= s.x().count() || jFromTop >= s.y().count()) {
            return null;
        }
        return new int[] {i, s.y().count() - 1 - jFromTop};
    }

    @Override
    protected void layoutChildren() {
        redraw();
    }

    @Override
    public double getRenderScale() {
        return renderScale;
    }

    @Override
    public void setRenderScale(double scale) {
        this.renderScale = scale;
        redraw();
    }

    // margins for the tick labels, titles and colour bar, growing with the type size
    private double left() {
        return 40 + 46 * theme.fontScale();
    }

    private double right() {
        return 50 + 46 * theme.fontScale();
    }

    private double top() {
        return 14 + 26 * theme.fontScale();
    }

    private double bottom() {
        return 30 + 48 * theme.fontScale();
    }

    private double cellWidth() {
        return Math.max(1, (getWidth() - left() - right()) / grid.sweep().x().count());
    }

    private double cellHeight() {
        return Math.max(1, (getHeight() - top() - bottom()) / grid.sweep().y().count());
    }

    /** Draws the map at its current size. */
    public void redraw() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(Math.ceil(w * renderScale));
        canvas.setHeight(Math.ceil(h * renderScale));
        canvas.setScaleX(1 / renderScale);
        canvas.setScaleY(1 / renderScale);
        canvas.setLayoutX((w * renderScale - w) / -2);
        canvas.setLayoutY((h * renderScale - h) / -2);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(renderScale, 0, 0, renderScale, 0, 0);
        g.setFill(theme.background());
        g.fillRect(0, 0, w, h);
        if (grid == null) {
            drawHint(g, w, h);
            return;
        }
        if (w < 200 || h < 150) {
            return;
        }
        ColorRange range = ColorRange.of(grid, quantity);
        drawCells(g, range);
        drawBoundary(g);
        drawPresetRuns(g);
        drawAxes(g);
        drawColorBar(g, range);
        drawTitleAndKey(g);
    }

    private void drawHint(GraphicsContext g, double w, double h) {
        String[] lines = {"Choose a run and two of its parameters, then Run sweep.",
            "Each cell of the map is a whole training run;", "the cells run on every core and fill in as they finish.",
            "The edge of stability shows where the runs start to diverge."};
        Font font = Font.font(theme.fontSize() * 1.4);
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, width(line, font));
        }
        double size = font.getSize() * Math.min(1, (w - 24) / Math.max(1, widest));
        g.setFill(theme.foreground());
        g.setFont(Font.font(size));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < lines.length; k++) {
            g.fillText(lines[k], w / 2, h / 2 + (k - (lines.length - 1) / 2.0) * size * 1.5);
        }
    }

    private void drawCells(GraphicsContext g, ColorRange range) {
        SweepSpec s = grid.sweep();
        double cw = cellWidth();
        double ch = cellHeight();
        for (int j = 0; j < s.y().count(); j++) {
            for (int i = 0; i < s.x().count(); i++) {
                double x0 = left() + i * cw;
                double y0 = top() + (s.y().count() - 1 - j) * ch;
                double v = grid.value(quantity, i, j);
                boolean started = !grid.rows(i, j).isEmpty();
                Color fill = !started ? theme.grid()
                        : grid.diverged(i, j) && !quantity.equals(SweepGrid.DIVERGED) ? DIVERGED
                        : Double.isNaN(v) ? theme.grid().darker() : LogColorScale.interpolate(range.fraction(v));
                g.setFill(fill);
                g.fillRect(x0, y0, cw + 0.5, ch + 0.5);
                if (i == hoverI && j == hoverJ) {
                    g.setStroke(HOVER);
                    g.setLineWidth(3 * theme.lineScale());
                    g.strokeRect(x0 + 1.5, y0 + 1.5, cw - 3, ch - 3);
                }
            }
        }
    }

    /** A thick dark line with a light core: readable over every colour of the map. */
    private void drawBoundary(GraphicsContext g) {
        double[] edge = grid.boundary();
        double cw = cellWidth();
        double ch = cellHeight();
        int ny = grid.sweep().y().count();
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? Color.BLACK : Color.WHITE);
            g.setLineWidth((pass == 0 ? 6 : 2.5) * theme.lineScale());
            for (int j = 0; j < ny; j++) {
                if (Double.isNaN(edge[j])) {
                    continue;
                }
                double x = left() + (edge[j] + 0.5) * cw;
                double yTop = top() + (ny - 1 - j) * ch;
                g.strokeLine(x, yTop, x, yTop + ch);
                if (j + 1 < ny && !Double.isNaN(edge[j + 1])) {
                    g.strokeLine(x, yTop, left() + (edge[j + 1] + 0.5) * cw, yTop);
                }
            }
        }
    }

    private void drawPresetRuns(GraphicsContext g) {
        SweepSpec s = grid.sweep();
        double cw = cellWidth();
        double ch = cellHeight();
        double r = Math.max(5, Math.min(9, Math.min(cw, ch) / 3));
        for (SweepSpec.PresetPoint p : s.presetPoints()) {
            double pi = s.x().position(p.x());
            double pj = s.y().position(p.y());
            if (!(pi >= -0.5 && pi <= s.x().count() - 0.5 && pj >= -0.5 && pj <= s.y().count() - 0.5)) {
                continue;
            }
            double cx = left() + (pi + 0.5) * cw;
            double cy = top() + (s.y().count() - 0.5 - pj) * ch;
            g.setLineWidth(4 * theme.lineScale());
            g.setStroke(Color.BLACK);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
            g.setLineWidth(2 * theme.lineScale());
            g.setStroke(Color.WHITE);
            g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
        }
    }

    private void drawAxes(GraphicsContext g) {
        SweepSpec s = grid.sweep();
        double cw = cellWidth();
        double ch = cellHeight();
        double font = theme.fontSize() * 1.2;
        g.setFont(Font.font(font));
        g.setFill(theme.foreground());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        int stepX = labelStride(s.x().count(), cw, 70);
        for (int i = 0; i < s.x().count(); i += stepX) {
            g.fillText(label(s.x(), i), left() + (i + 0.5) * cw, top() + s.y().count() * ch + 5);
        }
        g.fillText(s.x().parameter().title(), left() + s.x().count() * cw / 2, top() + s.y().count() * ch + 8 + font * 1.3);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        int stepY = labelStride(s.y().count(), ch, font * 1.6);
        for (int j = 0; j < s.y().count(); j += stepY) {
            g.fillText(label(s.y(), j), left() - 6, top() + (s.y().count() - 0.5 - j) * ch);
        }
        g.save();
        g.translate(4 + font * 0.6, top() + s.y().count() * ch / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        String yTitle = s.y().parameter().title();
        double fit = Math.min(1, s.y().count() * ch / Math.max(1, width(yTitle, g.getFont())));
        g.setFont(Font.font(font * fit));
        g.fillText(yTitle, 0, 0);
        g.restore();
    }

    private double width(String text, Font font) {
        return measure.width(text, font);
    }

    private static int labelStride(int count, double cellSize, double needed) {
        return Math.max(1, (int) Math.ceil(needed / cellSize));
    }

    private static String label(SweepAxis axis, int i) {
        double v = axis.value(i);
        if (axis.parameter().integer()) {
            return Long.toString((long) v);
        }
        double step = axis.count() > 1 ? Math.abs(axis.value(Math.min(i + 1, axis.count() - 1)) - axis.value(
                Math.max(i - 1, 0))) / 2 : v;
        return TickFormat.format(v, step / 10);
    }

    private void drawColorBar(GraphicsContext g, ColorRange range) {
        SweepSpec s = grid.sweep();
        double x0 = left() + s.x().count() * cellWidth() + 14;
        double height = s.y().count() * cellHeight();
        int steps = 64;
        for (int k = 0; k < steps; k++) {
            g.setFill(LogColorScale.interpolate((k + 0.5) / steps));
            g.fillRect(x0, top() + height * (1 - (k + 1.0) / steps), 16, height / steps + 0.5);
        }
        g.setStroke(theme.foreground());
        g.setLineWidth(1);
        g.strokeRect(x0, top(), 16, height);
        g.setFill(theme.foreground());
        g.setFont(Font.font(theme.fontSize()));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        if (!range.known()) {
            return;
        }
        for (double[] tick : range.ticks()) {
            double y = top() + height * (1 - tick[1]);
            g.strokeLine(x0 + 16, y, x0 + 20, y);
            g.fillText(range.format(tick[0]), x0 + 23, y);
        }
    }

    private void drawTitleAndKey(GraphicsContext g) {
        SweepSpec s = grid.sweep();
        g.setFill(theme.foreground());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        Font bold = Font.font(null, FontWeight.BOLD, theme.fontSize() * 1.3);
        String title = QuantityNames.title(quantity) + (s.seeds() == 1 ? "" : ", median of " + s.seeds() + " seeds");
        g.setFont(bold);
        g.fillText(title, left(), 8);
        // the preset and run follow when they fit (the tab's controls show them anyway)
        Font plain = Font.font(theme.fontSize() * 1.1);
        String which = "   " + s.preset().name() + ": \"" + s.runLabel() + "\"";
        double after = left() + width(title, bold);
        if (after + width(which, plain) < getWidth() - 8) {
            g.setFont(plain);
            g.fillText(which, after, 8 + theme.fontSize() * 0.2);
        }
        double y = getHeight() - theme.fontSize() * 1.7;
        double x = left();
        g.setFont(Font.font(theme.fontSize()));
        g.setTextBaseline(VPos.CENTER);
        double mid = y + theme.fontSize() * 0.6;
        g.setFill(DIVERGED);
        g.fillRect(x, mid - 7, 14, 14);
        g.setFill(theme.foreground());
        g.fillText("diverged", x + 20, mid);
        x += 110;
        if (SweepGrid.SUMMARY.contains(quantity)) {
            // a blank cell of these maps is a finding (the loss never stabilized), not missing data
            String none = "never stabilized";
            g.setFill(theme.grid().darker());
            g.fillRect(x, mid - 7, 14, 14);
            g.setFill(theme.foreground());
            g.fillText(none, x + 20, mid);
            x += 20 + width(none, g.getFont()) + 36;
        }
        g.setStroke(Color.BLACK);
        g.setLineWidth(6);
        g.strokeLine(x, mid, x + 26, mid);
        g.setStroke(Color.WHITE);
        g.setLineWidth(2.5);
        g.strokeLine(x, mid, x + 26, mid);
        g.fillText("edge of stability", x + 32, mid);
        x += 170;
        g.setStroke(Color.BLACK);
        g.setLineWidth(4);
        g.strokeOval(x, mid - 7, 14, 14);
        g.setStroke(Color.WHITE);
        g.setLineWidth(2);
        g.strokeOval(x, mid - 7, 14, 14);
        g.fillText("the preset's own runs", x + 20, mid);
        g.setFill(theme.foreground().interpolate(theme.background(), 0.35));
        g.fillText("Click a cell: that run, live, beside the preset's (A/B)", x + 200, mid);
    }
}
