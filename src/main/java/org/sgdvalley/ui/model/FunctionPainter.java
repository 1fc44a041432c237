package org.sgdvalley.ui.model;

import javafx.scene.paint.Color;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.model.ReluNetwork;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.ui.plot.Range;

/**
 * A 1D ReLU network (E4): the fitted function over the data points, with a tick at every kink
 * (a neuron switching on) inside the view, since long large-step phases leave fewer kinks.
 */
final class FunctionPainter implements ModelPainter {
    private static final int GRID = 400;
    private final ReluNetwork model;
    private final Dataset data;
    private final double lo;
    private final double hi;
    private final double[] grid = new double[GRID];
    private final double[] values = new double[GRID];

    FunctionPainter(ReluNetwork model, Dataset data) {
        this.model = model;
        this.data = data;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : data.xTrain()) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        this.lo = min - 0.3;
        this.hi = max + 0.3;
        for (int i = 0; i < GRID; i++) {
            grid[i] = lo + (hi - lo) * i / (GRID - 1);
        }
    }

    @Override
    public void paint(PictureFrame f, RunStatus run, Color color) {
        double yLo = Double.POSITIVE_INFINITY;
        double yHi = Double.NEGATIVE_INFINITY;
        for (double y : data.yTrain()) {
            yLo = Math.min(yLo, y);
            yHi = Math.max(yHi, y);
        }
        for (int i = 0; i < GRID; i++) {
            values[i] = model.predict(run.params(), grid, i);
        }
        double pad = 0.25 * (yHi - yLo);
        f.axes("The model: fitted h(x) through the data points", "x", new Range(lo, hi), "h(x)",
                new Range(yLo - pad, yHi + pad));
        drawCurve(f, color);
        drawPoints(f);
        int kinks = drawKinks(f, run.params(), color);
        f.legend("h(x)  (" + run.label() + "), " + kinks + " kinks in view", color, 0);
        f.legend("training points", f.theme().foreground(), 1);
    }

    private void drawCurve(PictureFrame f, Color color) {
        var g = f.g();
        g.setStroke(color);
        g.setLineWidth(2.5 * f.theme().lineScale());
        g.beginPath();
        boolean started = false;
        for (int i = 0; i < GRID; i++) {
            if (!Double.isFinite(values[i])) {
                started = false;
                continue;
            }
            double px = f.x().toPixel(grid[i]);
            double py = clampPixel(f, values[i]);
            if (started) {
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                started = true;
            }
        }
        g.stroke();
    }

    private static double clampPixel(PictureFrame f, double y) {
        double a = f.y().toPixel(f.y().range().min());
        double b = f.y().toPixel(f.y().range().max());
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), f.y().toPixel(y)));
    }

    private void drawPoints(PictureFrame f) {
        double r = 5 * f.theme().lineScale();
        f.g().setFill(f.theme().foreground());
        for (int i = 0; i < data.n(); i++) {
            f.g().fillOval(f.x().toPixel(data.xTrain()[i]) - r, f.y().toPixel(data.yTrain()[i]) - r, 2 * r, 2 * r);
        }
    }

    /** Kinks of first-layer neurons: x = -b_j / w_j where the neuron's output weight is not zero. */
    private int drawKinks(PictureFrame f, double[] p, Color color) {
        if (!model.hasBias() || model.hiddenLayers() != 1) {
            return 0;
        }
        int m = model.width(1);
        int kinks = 0;
        double bottom = f.y().toPixel(f.y().range().min());
        f.g().setStroke(color.deriveColor(0, 1, 1, 0.6));
        f.g().setLineWidth(2);
        for (int j = 0; j < m; j++) {
            double w = p[model.weightOffset(1) + j];
            double b = p[model.biasOffset(1) + j];
            double a = p[model.outputOffset() + j];
            double x = -b / w;
            if (w != 0 && Math.abs(a * w) > 1e-6 && x > lo && x < hi) {
                kinks++;
                double px = f.x().toPixel(x);
                f.g().strokeLine(px, bottom, px, bottom - 12);
            }
        }
        return kinks;
    }
}
