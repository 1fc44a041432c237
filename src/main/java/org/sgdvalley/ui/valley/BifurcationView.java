package org.sgdvalley.ui.valley;

import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sgdvalley.engine.landscape.ToyMap;
import org.sgdvalley.ui.base.DrawnLayout;
import org.sgdvalley.ui.base.Format;
import org.sgdvalley.ui.plot.PlotTheme;

/**
 * The bifurcation diagram of the toy's GD map theta -&gt; theta + eta theta (1 - theta^2): one point per
 * late iterate for each eta. The current eta is a vertical line; the range of theta that SGD visits at
 * that eta is a shaded bar on it.
 */
final class BifurcationView extends CanvasCell {
    static final double ETA_MIN = 0.6;
    static final double ETA_MAX = 1.6;
    private static final int COLUMNS = 500;
    private static final ChartFrame.Labels LABELS = new ChartFrame.Labels("Toy: where GD settles",
            "step size eta", "theta after many steps");
    private final double[][] diagram = ToyMap.bifurcation(ETA_MIN, ETA_MAX, COLUMNS, 0.5, 1000, 120);
    private double eta = Double.NaN;
    private double bandLow = Double.NaN;
    private double bandHigh = Double.NaN;

    BifurcationView() {
        setId("valley-bifurcation");
    }

    /** Marks {@code currentEta} (NaN for none) and the theta range [low, high] SGD visits there. */
    void mark(double currentEta, double low, double high) {
        if (Double.compare(currentEta, eta) != 0 || Double.compare(low, bandLow) != 0
                || Double.compare(high, bandHigh) != 0) {
            eta = currentEta;
            bandLow = low;
            bandHigh = high;
            invalidate();
        }
    }

    @Override
    protected void paint(GraphicsContext gc, double w, double h) {
        ChartFrame f = new ChartFrame(w, h, 0, theme, texts, LABELS, ETA_MIN, ETA_MAX, 0.3, 1.6);
        if (!f.usable()) {
            return;
        }
        reportDataArea(f.dataArea());
        gc.save();
        f.clip(gc);
        gc.setStroke(theme.grid());
        gc.strokeLine(f.left, f.py(1), f.right, f.py(1));
        gc.setFill(ChartFrame.alpha(theme.foreground(), 0.55));
        double dot = Math.max(1.2, theme.lineScale());
        for (int c = 0; c < COLUMNS; c++) {
            double e = ETA_MIN + (ETA_MAX - ETA_MIN) * c / (COLUMNS - 1);
            double x = f.px(e);
            for (double theta : diagram[c]) {
                if (Double.isFinite(theta)) {
                    gc.fillRect(x - dot / 2, f.py(theta) - dot / 2, dot, dot);
                }
            }
        }
        if (Double.isFinite(eta)) {
            double x = f.px(eta);
            if (Double.isFinite(bandLow) && Double.isFinite(bandHigh)) {
                gc.setFill(ChartFrame.alpha(PlotTheme.paletteColor(3), 0.45));
                double top = f.py(bandHigh);
                gc.fillRect(x - 6, top, 12, Math.max(2, f.py(bandLow) - top));
            }
            gc.setStroke(PlotTheme.paletteColor(1));
            gc.setLineWidth(2 * theme.lineScale());
            gc.strokeLine(x, f.top, x, f.bottom);
        }
        gc.restore();
        f.paintAxes(gc);
        gc.setFont(Font.font(theme.fontSize()));
        gc.setFill(theme.foreground());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BOTTOM);
        texts.fill(gc, "converges", f.px(0.62), f.py(1) - 4);
        texts.fill(gc, "2-cycle", f.px(1.02), f.py(0.4));
        gc.setTextAlign(TextAlignment.RIGHT);
        texts.fill(gc, "chaos", f.right - 4, f.py(1.42));
        gc.setTextAlign(TextAlignment.LEFT);
        if (Double.isFinite(eta)) {
            gc.setFill(PlotTheme.paletteColor(1));
            String text = "eta = " + Format.value(eta) + (eta < ETA_MIN ? " (left of the diagram)"
                    : eta > ETA_MAX ? " (right of the diagram)" : "");
            double width = texts.width(text, gc.getFont());
            double x = Math.max(f.left + 4, Math.min(f.px(eta) + 6, f.right - 4 - width));
            texts.fill(gc, text, x, freeBaseline(x, width, texts.height(gc.getFont()), f));
        }
    }

    /**
     * Where the eta label's bottom goes: a line under the top of the data, or lower, just under the
     * texts drawn before it (the regions' names) that it would lie over; at the top when no place down
     * to the axis is free.
     */
    private double freeBaseline(double x, double width, double height, ChartFrame f) {
        double bottom = f.top + 1.3 * theme.fontSize();
        while (bottom <= f.bottom) {
            Rectangle2D box = new Rectangle2D(x, bottom - height, width, height);
            Rectangle2D under = texts.texts().stream().map(DrawnLayout.DrawnText::box).filter(box::intersects)
                    .findFirst().orElse(null);
            if (under == null) {
                return bottom;
            }
            bottom = under.getMaxY() + height + 1;
        }
        return f.top + 1.3 * theme.fontSize();
    }
}
