package org.sgdvalley.ui.valley;

import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sgdvalley.engine.landscape.LandscapeGrid;
import org.sgdvalley.engine.landscape.LandscapePlane;
import org.sgdvalley.ui.plot.PlotTheme;

/**
 * Filled contours of the training loss over the landscape plane, log colour scale with a colour bar,
 * and every run's path drawn on top with its recent iterates as dots. A progress bar shows while the
 * grid is computed in the background.
 */
final class ContourView extends Region {
    private final Canvas canvas = new Canvas();
    private final ProgressBar progress = new ProgressBar();
    private final Label progressLabel = new Label("Computing the loss landscape...");
    private final VBox progressBox = new VBox(6, progressLabel, progress);
    private final StackPane overlay = new StackPane(progressBox);
    private PlotTheme theme = PlotTheme.LIGHT;
    private LandscapeGrid grid;
    private WritableImage image;
    private LogColorScale scale;
    private ValleyWorker.Paths paths;
    private List<String> labels = List.of();
    private String message = "";
    private boolean dirty = true;
    private long drawCount;

    ContourView() {
        setId("valley-contours");
        progress.setId("landscape-progress");
        progress.setPrefWidth(260);
        progressBox.setAlignment(Pos.CENTER);
        progressBox.setMaxSize(320, 80);
        progressBox.setStyle("-fx-background-color: rgba(255,255,255,0.9); -fx-padding: 10;");
        overlay.setPickOnBounds(false);
        getChildren().addAll(canvas, overlay);
        widthProperty().addListener((o, a, b) -> resized());
        heightProperty().addListener((o, a, b) -> resized());
        setMinSize(200, 150);
    }

    private void resized() {
        image = null;
        dirty = true;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        overlay.resizeRelocate(0, 0, getWidth(), getHeight());
    }

    void setTheme(PlotTheme t) {
        theme = t;
        image = null;
        dirty = true;
    }

    void setRunLabels(List<String> runLabels) {
        labels = List.copyOf(runLabels);
        dirty = true;
    }

    /** Shows a text instead of a landscape (e.g. for a one-parameter model). */
    void setMessage(String text) {
        if (!text.equals(message)) {
            message = text;
            dirty = true;
        }
    }

    /** Fraction of the grid computed, or NaN when no computation runs. */
    void setProgress(double fraction) {
        boolean busy = !Double.isNaN(fraction);
        progressBox.setVisible(busy);
        if (busy) {
            progress.setProgress(fraction);
        }
    }

    void setGrid(LandscapeGrid newGrid) {
        if (newGrid != grid) {
            grid = newGrid;
            image = null;
            dirty = true;
        }
    }

    void setPaths(ValleyWorker.Paths newPaths) {
        if (newPaths != paths) {
            paths = newPaths;
            dirty = true;
        }
    }

    LandscapeGrid grid() {
        return grid;
    }

    /** Breaks {@code text} into lines no wider than {@code width} (a longer single word keeps its own line). */
    private static List<String> wrap(String text, Font font, double width) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text();
        measure.setFont(font);
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            measure.setText(candidate);
            if (measure.getLayoutBounds().getWidth() > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** How many times the landscape has been drawn. */
    long drawCount() {
        return drawCount;
    }

    /** The text shown instead of a landscape, empty when none is set. */
    String message() {
        return message;
    }

    /** Redraws if anything changed. */
    void redraw() {
        if (!dirty || getWidth() < 10 || getHeight() < 10) {
            return;
        }
        dirty = false;
        drawCount++;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        gc.setFill(theme.background());
        gc.fillRect(0, 0, w, h);
        double fs = theme.fontSize();
        if (grid == null) {
            gc.setFill(theme.foreground());
            Font font = Font.font(1.1 * fs);
            gc.setFont(font);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            List<String> lines = wrap(message.isEmpty() ? "Loss landscape" : message, font, w - 4 * fs);
            double lineHeight = 1.4 * font.getSize();
            for (int i = 0; i < lines.size(); i++) {
                gc.fillText(lines.get(i), w / 2, h / 2 + (i - (lines.size() - 1) / 2.0) * lineHeight);
            }
            return;
        }
        ChartFrame f = new ChartFrame(w, h, 5.5 * fs, theme, grid.aMin(), grid.aMax(), grid.bMin(), grid.bMax());
        if (!f.usable()) {
            return;
        }
        if (image == null || scale == null) {
            double[] r = grid.range();
            scale = new LogColorScale(r[0], r[1]);
            image = render(f);
        }
        gc.drawImage(image, f.left, f.top, f.right - f.left, f.bottom - f.top);
        gc.save();
        f.clip(gc);
        paintAnchors(gc, f);
        paintPaths(gc, f);
        gc.restore();
        boolean e3 = grid.plane().absolute();
        f.paintAxes(gc, theme, w, h, "Loss landscape (log colour) and the runs' paths",
                e3 ? "direction 1: from init towards the sparse solution w*" : "direction 1: init to current iterate",
                e3 ? "direction 2: towards gradient flow" : "direction 2");
        paintColorBar(gc, f);
        paintLegend(gc, f);
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
        gc.setFont(Font.font(null, javafx.scene.text.FontWeight.BOLD, fs));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        for (LandscapePlane.Anchor a : grid.plane().anchors()) {
            double x = f.px(a.a());
            double y = f.py(a.b());
            gc.setFill(Color.WHITE);
            gc.setStroke(Color.BLACK);
            gc.setLineWidth(1.5);
            double r = 0.45 * fs;
            if (a.name().equals("w*")) {
                star(gc, x, y, 0.8 * fs);
            } else {
                gc.fillRect(x - r, y - r, 2 * r, 2 * r);
                gc.strokeRect(x - r, y - r, 2 * r, 2 * r);
            }
            String text = a.name().equals("w*") ? "w* (sparse)" : a.name().replace("gradient flow end", "GF end");
            gc.setFill(Color.BLACK);
            gc.fillText(text, x + r + 3, y - r + 1);
            gc.setFill(Color.WHITE);
            gc.fillText(text, x + r + 2, y - r);
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
            polyline(gc, f, a, b, Color.rgb(255, 255, 255, 0.55), 3.2 * ls);
            polyline(gc, f, a, b, color, 1.4 * ls);
            float[] ra = paths.recentA().get(i);
            float[] rb = paths.recentB().get(i);
            double r = 3.2 * ls;
            for (int k = 0; k < ra.length; k++) {
                double x = f.px(ra[k]);
                double y = f.py(rb[k]);
                gc.setFill(Color.WHITE);
                gc.fillOval(x - r - 1, y - r - 1, 2 * r + 2, 2 * r + 2);
                gc.setFill(color);
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            }
            if (ra.length > 0) {
                double x = f.px(ra[ra.length - 1]);
                double y = f.py(rb[rb.length - 1]);
                double big = 6 * ls;
                gc.setStroke(Color.WHITE);
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

    private void paintColorBar(GraphicsContext gc, ChartFrame f) {
        double fs = theme.fontSize();
        double x = f.right + 0.8 * fs;
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
        int stepDecades = Math.max(1, (int) Math.ceil(span / 6));
        for (int e = (int) Math.ceil(scale.logMin); e <= Math.floor(scale.logMax); e += stepDecades) {
            double y = f.bottom - (e - scale.logMin) / span * (f.bottom - f.top);
            gc.strokeLine(x + barW, y, x + barW + 3, y);
            gc.fillText("1e" + e, x + barW + 4, y);
        }
        gc.save();
        gc.translate(x + barW + 3.9 * fs, 0.5 * (f.top + f.bottom));
        gc.rotate(-90);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText("training loss (clipped at " + ChartFrame.format(grid.clip()) + ")", 0, 0);
        gc.restore();
    }

    private void paintLegend(GraphicsContext gc, ChartFrame f) {
        double fs = theme.fontSize();
        double x = f.left + 0.6 * fs;
        double y = f.bottom - 0.6 * fs - labels.size() * 1.4 * fs;
        gc.setFill(Color.rgb(255, 255, 255, 0.85));
        double widest = labels.stream().mapToDouble(String::length).max().orElse(0) * 0.6 * fs;
        gc.fillRect(x - 0.3 * fs, y - 0.3 * fs, widest + 3 * fs, labels.size() * 1.4 * fs + 0.4 * fs);
        gc.setFont(Font.font(fs));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < labels.size(); i++) {
            double yy = y + (i + 0.5) * 1.4 * fs;
            gc.setStroke(PlotTheme.paletteColor(i));
            gc.setLineWidth(3 * theme.lineScale());
            gc.strokeLine(x, yy, x + 1.8 * fs, yy);
            gc.setFill(Color.BLACK);
            gc.fillText(labels.get(i), x + 2.3 * fs, yy);
        }
    }
}
