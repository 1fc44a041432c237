package org.sgdvalley.ui.valley;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sgdvalley.engine.landscape.CrossSection;
import org.sgdvalley.ui.base.Format;
import org.sgdvalley.ui.plot.PlotTheme;

/**
 * The loss along the sharpest direction through the focused run's iterate, with its recent iterates as
 * dots on the curve: left of the current point in one colour, right in another, older ones fainter.
 */
final class CrossSectionView extends CanvasCell {
    private static final Color LEFT = PlotTheme.paletteColor(1);
    private static final Color RIGHT = PlotTheme.paletteColor(0);
    private static final ChartFrame.Labels LABELS = new ChartFrame.Labels("Loss along the sharpest direction",
            "t: distance along the top Hessian eigenvector", "training loss");
    private CrossSection cross;
    private String runLabel = "";

    CrossSectionView() {
        setId("valley-cross-section");
    }

    void set(CrossSection c, String label) {
        if (c != cross || !label.equals(runLabel)) {
            cross = c;
            runLabel = label;
            invalidate();
        }
    }

    CrossSection cross() {
        return cross;
    }

    @Override
    protected void paint(GraphicsContext gc, double w, double h) {
        if (cross == null) {
            ChartFrame empty = new ChartFrame(w, h, 0, theme, texts, LABELS, -1, 1, 0, 1);
            reportDataArea(empty.dataArea());
            empty.paintAxes(gc);
            return;
        }
        double[] t = cross.t();
        double[] loss = cross.loss();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : loss) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi >= lo)) {
            return;
        }
        double pad = 0.08 * Math.max(hi - lo, 1e-12);
        ChartFrame f = new ChartFrame(w, h, 0, theme, texts, LABELS, t[0], t[t.length - 1], Math.max(0, lo - pad),
                hi + pad);
        if (!f.usable()) {
            return;
        }
        reportDataArea(f.dataArea());
        gc.save();
        f.clip(gc);
        gc.setStroke(theme.grid());
        gc.setLineWidth(1);
        gc.strokeLine(f.px(0), f.top, f.px(0), f.bottom);
        gc.setStroke(theme.foreground());
        gc.setLineWidth(2 * theme.lineScale());
        gc.beginPath();
        gc.moveTo(f.px(t[0]), f.py(loss[0]));
        for (int i = 1; i < t.length; i++) {
            if (Double.isFinite(loss[i])) {
                gc.lineTo(f.px(t[i]), f.py(loss[i]));
            }
        }
        gc.stroke();
        int n = cross.dotT().length;
        double r = 5 * theme.lineScale();
        for (int k = 0; k < n; k++) {
            double x = f.px(cross.dotT()[k]);
            double y = f.py(cross.dotLoss()[k]);
            double age = n == 1 ? 1 : 0.3 + 0.7 * k / (n - 1.0);
            Color c = cross.dotT()[k] < 0 ? LEFT : RIGHT;
            gc.setFill(ChartFrame.alpha(c, age));
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            if (k == n - 1) {
                gc.setStroke(theme.foreground());
                gc.setLineWidth(2);
                gc.strokeOval(x - r - 2, y - r - 2, 2 * r + 4, 2 * r + 4);
            }
        }
        gc.restore();
        f.paintAxes(gc);
        gc.setFont(Font.font(theme.fontSize()));
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setFill(theme.foreground());
        gc.setTextBaseline(VPos.TOP);
        texts.fill(gc, runLabel, f.right - 4, f.top + 0.3 * theme.fontSize());
        texts.fill(gc, "sharpness " + Format.value(cross.sharpness()) + ", last " + n + " iterates", f.right - 4,
                f.top + 1.5 * theme.fontSize());
    }
}
