package org.sgdvalley.ui.valley;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.sgdvalley.engine.landscape.LandscapeGrid;
import org.sgdvalley.engine.landscape.LandscapePlane;
import org.sgdvalley.engine.valley.ValleyWorker;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.TickFormat;

/**
 * Filled contours of the training loss over the landscape plane, log colour scale with a colour bar,
 * and every run's path drawn on top with its recent iterates as dots, in the runs' colours (named by
 * the tab's {@link org.sgdvalley.ui.plot.RunKey}) and the theme's. A progress
 * bar shows while the grid is computed in the background.
 */
final class ContourView extends CanvasCell {
    private final ProgressBar progress = new ProgressBar();
    private final Label progressLabel = new Label(ValleyViewModel.COMPUTING);
    private final VBox progressBox = new VBox(6, progressLabel, progress);
    private final StackPane overlay = new StackPane(progressBox);
    private LandscapeGrid grid;
    private WritableImage image;
    private LogColorScale scale;
    private ValleyWorker.Paths paths;
    private String message = "";

    ContourView() {
        setId("valley-contours");
        progress.setId("landscape-progress");
        progress.setPrefWidth(260);
        progressBox.setAlignment(Pos.CENTER);
        progressBox.setMaxSize(320, 80);
        progressBox.setVisible(false);
        overlay.setPickOnBounds(false);
        getChildren().add(overlay);
        widthProperty().addListener((o, a, b) -> image = null);
        heightProperty().addListener((o, a, b) -> image = null);
        setMinSize(200, 150);
        styleProgress();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        overlay.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    @Override
    void setTheme(PlotTheme t) {
        super.setTheme(t);
        image = null;
        styleProgress();
    }

    private void styleProgress() {
        Color b = theme.background();
        progressBox.setStyle(String.format(Locale.ROOT,
                "-fx-background-color: rgb(%d,%d,%d); -fx-padding: 10; -fx-font-size: %.1fpx;",
                (int) (255 * b.getRed()), (int) (255 * b.getGreen()), (int) (255 * b.getBlue()), theme.fontSize()));
        progressLabel.setTextFill(theme.foreground());
    }

    /** Shows a text instead of a landscape while there is none (it is computed, or waits). */
    void setMessage(String text) {
        if (!text.equals(message)) {
            message = text;
            invalidate();
        }
    }

    /** Fraction of the grid computed, or NaN when no computation runs. */
    void setProgress(double fraction) {
        boolean busy = !Double.isNaN(fraction);
        if (busy != progressBox.isVisible()) {
            // the box names what is computed: the canvas then draws no second copy behind it
            invalidate();
        }
        progressBox.setVisible(busy);
        if (busy) {
            progress.setProgress(fraction);
        }
    }

    void setGrid(LandscapeGrid newGrid) {
        if (newGrid != grid) {
            grid = newGrid;
            image = null;
            invalidate();
        }
    }

    void setPaths(ValleyWorker.Paths newPaths) {
        if (newPaths != paths) {
            paths = newPaths;
            invalidate();
        }
    }

    LandscapeGrid grid() {
        return grid;
    }

    /** The text shown instead of a landscape, empty when none is set. */
    String message() {
        return message;
    }

    @Override
    protected void paint(GraphicsContext gc, double w, double h) {
        double fs = theme.fontSize();
        if (grid == null) {
            if (progressBox.isVisible()) {
                return;
            }
            gc.setFill(theme.foreground());
            Font font = Font.font(1.1 * fs);
            gc.setFont(font);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            List<String> lines = texts.wrap(message.isEmpty() ? "Loss landscape" : message, font, w - 4 * fs);
            double lineHeight = 1.4 * font.getSize();
            for (int i = 0; i < lines.size(); i++) {
                texts.fill(gc, lines.get(i), w / 2, h / 2 + (i - (lines.size() - 1) / 2.0) * lineHeight);
            }
            return;
        }
        if (image == null || scale == null) {
            double[] r = grid.range();
            scale = new LogColorScale(r[0], r[1]);
        }
        Layout full = layout(w, h, false);
        // at twice the type in a small cell, the long names would leave a stamp of a map: short ones then
        Layout layout = cramped(full, w, h) ? layout(w, h, true) : full;
        ChartFrame f = layout.frame();
        if (!f.usable()) {
            return;
        }
        reportDataArea(f.dataArea());
        if (image == null) {
            image = render(f);
        }
        gc.drawImage(image, f.left, f.top, f.right - f.left, f.bottom - f.top);
        gc.save();
        f.clip(gc);
        paintPaths(gc, f);
        // after the paths, so that a path crossing a mark does not hide its name
        paintAnchors(gc, f);
        gc.restore();
        f.paintAxes(gc);
        paintColorBar(gc, f, layout.tickWidth(), layout.barLabel());
    }

    /** A frame for the map, with the colour bar's tick width and label lines in its right margin. */
    private record Layout(ChartFrame frame, double tickWidth, List<String> barLabel) {
    }

    private Layout layout(double w, double h, boolean compact) {
        double fs = theme.fontSize();
        boolean e3 = grid.plane().absolute();
        ChartFrame.Labels names = compact
                ? new ChartFrame.Labels("Loss landscape and the runs' paths", e3 ? "init to w* (sparse)" : "init to iterate",
                        e3 ? "to gradient flow" : "direction 2")
                : new ChartFrame.Labels("Loss landscape (log colour) and the runs' paths",
                        e3 ? "direction 1: from init towards the sparse solution w*" : "direction 1: init to current iterate",
                        e3 ? "direction 2: towards gradient flow" : "direction 2");
        // the frame's height does not depend on its right margin: measure the colour bar's text in it first
        double barHeight = new ChartFrame(w, h, 0, theme, texts, names, 0, 1, 0, 1).dataArea().getHeight();
        String barText = compact ? "training loss" : colorBarLabel();
        List<String> barLabel = texts.wrap(barText, Font.font(0.9 * fs), Math.max(fs, barHeight));
        double tickWidth = colorBarTicks().stream().mapToDouble(t -> texts.width(t, Font.font(0.9 * fs))).max()
                .orElse(0);
        double barSpace = 2.5 * fs + 4 + tickWidth + 0.5 * fs + 1.2 * barLabel.size() * fs;
        return new Layout(new ChartFrame(w, h, barSpace, theme, texts, names, grid.aMin(), grid.aMax(), grid.bMin(),
                grid.bMax()), tickWidth, barLabel);
    }

    /**
     * Whether the map would get less than a third of the cell's width or height, or the colour bar's name
     * would need more than one column beside it.
     */
    private static boolean cramped(Layout layout, double w, double h) {
        Rectangle2D area = layout.frame().dataArea();
        return area.getWidth() < w / 3 || area.getHeight() < h / 3 || layout.barLabel().size() > 1;
    }

    private WritableImage render(ChartFrame f) {
        int iw = Math.max(1, (int) Math.round(f.right - f.left));
        int ih = Math.max(1, (int) Math.round(f.bottom - f.top));
        int[] levels = new int[iw * ih];
        for (int py = 0; py < ih; py++) {
            double gy = (1 - (py + 0.5) / ih) * (grid.rows() - 1);
            for (int px = 0; px < iw; px++) {
                double gx = (px + 0.5) / iw * (grid.columns() - 1);
                levels[py * iw + px] = scale.level(Math.pow(10, logBilinear(gx, gy)));
            }
        }
        WritableImage img = new WritableImage(iw, ih);
        PixelWriter pw = img.getPixelWriter();
        for (int py = 0; py < ih; py++) {
            for (int px = 0; px < iw; px++) {
                int level = levels[py * iw + px];
                Color c = LogColorScale.color(level);
                boolean edge = (px + 1 < iw && levels[py * iw + px + 1] != level)
                        || (py + 1 < ih && levels[(py + 1) * iw + px] != level);
                pw.setColor(px, py, edge ? c.darker() : c);
            }
        }
        return img;
    }

    private double logBilinear(double gx, double gy) {
        int c0 = Math.min(grid.columns() - 2, (int) Math.floor(gx));
        int r0 = Math.min(grid.rows() - 2, (int) Math.floor(gy));
        double tx = gx - c0;
        double ty = gy - r0;
        double v00 = log(grid.value(r0, c0));
        double v01 = log(grid.value(r0, c0 + 1));
        double v10 = log(grid.value(r0 + 1, c0));
        double v11 = log(grid.value(r0 + 1, c0 + 1));
        return (1 - ty) * ((1 - tx) * v00 + tx * v01) + ty * ((1 - tx) * v10 + tx * v11);
    }

    private static double log(double v) {
        return Math.log10(Math.max(v, 1e-300));
    }

    private void paintAnchors(GraphicsContext gc, ChartFrame f) {
        double fs = theme.fontSize();
        gc.setFont(Font.font(null, FontWeight.BOLD, fs));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        for (LandscapePlane.Anchor a : grid.plane().anchors()) {
            double x = f.px(a.a());
            double y = f.py(a.b());
            gc.setFill(theme.background());
            gc.setStroke(theme.foreground());
            gc.setLineWidth(1.5);
            double r = 0.45 * fs;
            if (a.name().equals("w*")) {
                star(gc, x, y, 0.8 * fs);
            } else {
                gc.fillRect(x - r, y - r, 2 * r, 2 * r);
                gc.strokeRect(x - r, y - r, 2 * r, 2 * r);
            }
            String text = a.name().equals("w*") ? "w* (sparse)" : a.name().replace("gradient flow end", "GF end");
            // a halo in the background colour keeps the name readable on any contour band
            // beside the mark, moved in where the data area ends
            double tx = Math.max(f.left + 2, Math.min(x + r + 2, f.right - 2 - texts.width(text, gc.getFont())));
            gc.setStroke(theme.background());
            gc.setLineWidth(3);
            gc.strokeText(text, tx, y - r);
            gc.setFill(theme.foreground());
            texts.fill(gc, text, tx, y - r);
        }
    }

    private static void star(GraphicsContext gc, double x, double y, double r) {
        double[] xs = new double[10];
        double[] ys = new double[10];
        for (int i = 0; i < 10; i++) {
            double rad = i % 2 == 0 ? r : 0.45 * r;
            double ang = -Math.PI / 2 + i * Math.PI / 5;
            xs[i] = x + rad * Math.cos(ang);
            ys[i] = y + rad * Math.sin(ang);
        }
        gc.fillPolygon(xs, ys, 10);
        gc.strokePolygon(xs, ys, 10);
    }

    private void paintPaths(GraphicsContext gc, ChartFrame f) {
        if (paths == null) {
            return;
        }
        double ls = theme.lineScale();
        for (int i = 0; i < paths.a().size(); i++) {
            Color color = PlotTheme.paletteColor(i);
            float[] a = paths.a().get(i);
            float[] b = paths.b().get(i);
            polyline(gc, f, a, b, ChartFrame.alpha(theme.background(), 0.55), 3.2 * ls);
            polyline(gc, f, a, b, color, 1.4 * ls);
            float[] ra = paths.recentA().get(i);
            float[] rb = paths.recentB().get(i);
            double r = 3.2 * ls;
            for (int k = 0; k < ra.length; k++) {
                double x = f.px(ra[k]);
                double y = f.py(rb[k]);
                gc.setFill(theme.background());
                gc.fillOval(x - r - 1, y - r - 1, 2 * r + 2, 2 * r + 2);
                gc.setFill(color);
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            }
            if (ra.length > 0) {
                double x = f.px(ra[ra.length - 1]);
                double y = f.py(rb[rb.length - 1]);
                double big = 6 * ls;
                gc.setStroke(theme.background());
                gc.setLineWidth(2.5 * ls);
                gc.strokeOval(x - big, y - big, 2 * big, 2 * big);
                gc.setStroke(color);
                gc.setLineWidth(1.5 * ls);
                gc.strokeOval(x - big, y - big, 2 * big, 2 * big);
            }
        }
    }

    private static void polyline(GraphicsContext gc, ChartFrame f, float[] a, float[] b, Color color, double width) {
        if (a.length < 2) {
            return;
        }
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.beginPath();
        gc.moveTo(f.px(a[0]), f.py(b[0]));
        for (int k = 1; k < a.length; k++) {
            if (Float.isFinite(a[k]) && Float.isFinite(b[k])) {
                gc.lineTo(f.px(a[k]), f.py(b[k]));
            }
        }
        gc.stroke();
    }

    private String colorBarLabel() {
        return "training loss (clipped at " + TickFormat.format(grid.clip(), grid.clip()) + ")";
    }

    /** The decades the colour bar labels: at most about six of them. */
    private List<Integer> colorBarDecades() {
        double span = scale.logMax - scale.logMin;
        int stepDecades = Math.max(1, (int) Math.ceil(span / 6));
        List<Integer> decades = new ArrayList<>();
        for (int e = (int) Math.ceil(scale.logMin); e <= Math.floor(scale.logMax); e += stepDecades) {
            decades.add(e);
        }
        return decades;
    }

    private List<String> colorBarTicks() {
        return colorBarDecades().stream().map(e -> TickFormat.format(Math.pow(10, e), Math.pow(10, e))).toList();
    }

    private void paintColorBar(GraphicsContext gc, ChartFrame f, double tickWidth, List<String> label) {
        double fs = theme.fontSize();
        double x = f.right + 1.3 * fs;
        double barW = 1.2 * fs;
        int levels = LogColorScale.LEVELS;
        double hgt = (f.bottom - f.top) / levels;
        for (int l = 0; l < levels; l++) {
            gc.setFill(LogColorScale.color(l));
            gc.fillRect(x, f.bottom - (l + 1) * hgt, barW, hgt + 0.5);
        }
        gc.setStroke(theme.foreground());
        gc.setLineWidth(1);
        gc.strokeRect(x, f.top, barW, f.bottom - f.top);
        gc.setFill(theme.foreground());
        gc.setFont(Font.font(0.9 * fs));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        double span = scale.logMax - scale.logMin;
        List<Integer> decades = colorBarDecades();
        List<String> ticks = colorBarTicks();
        for (int i = 0; i < decades.size(); i++) {
            double y = f.bottom - (decades.get(i) - scale.logMin) / span * (f.bottom - f.top);
            gc.strokeLine(x + barW, y, x + barW + 3, y);
            texts.fill(gc, ticks.get(i), x + barW + 4, y);
        }
        double labelX = x + barW + 4 + tickWidth + 0.5 * fs + 0.6 * fs;
        for (int i = 0; i < label.size(); i++) {
            texts.fillUpwards(gc, label.get(i), labelX + 1.2 * i * fs, 0.5 * (f.top + f.bottom));
        }
    }
}
