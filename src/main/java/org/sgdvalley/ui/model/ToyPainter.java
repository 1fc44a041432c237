package org.sgdvalley.ui.model;

import javafx.scene.paint.Color;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.ui.plot.Range;

/**
 * The toy (C1): the last iterates of theta against iteration, hopping from one side of theta* to the
 * other while the loss is stabilized.
 */
final class ToyPainter implements ModelPainter {
    private static final int KEEP = 60;
    private final double thetaStar;
    private final long[] iterations = new long[KEEP];
    private final double[] thetas = new double[KEEP];
    private int count;
    private int next;

    ToyPainter(double thetaStar) {
        this.thetaStar = thetaStar;
    }

    @Override
    public void paint(PictureFrame f, RunStatus run, Color color) {
        remember(run.iteration(), run.params()[0]);
        double lo = thetaStar;
        double hi = thetaStar;
        long first = Long.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            if (Double.isFinite(thetas[i])) {
                lo = Math.min(lo, thetas[i]);
                hi = Math.max(hi, thetas[i]);
            }
            first = Math.min(first, iterations[i]);
        }
        double pad = Math.max(0.05, (hi - lo) * 0.15);
        f.axes("The iterate theta hops across the valley floor theta*", "iteration",
                new Range(first, Math.max(first + 1, run.iteration())), "theta", new Range(lo - pad, hi + pad));
        double y0 = f.y().toPixel(thetaStar);
        f.g().setStroke(Color.GRAY);
        f.g().setLineWidth(2 * f.theme().lineScale());
        f.g().strokeLine(f.x().toPixel(first), y0, f.x().toPixel(run.iteration()), y0);
        drawIterates(f, color);
        f.legend("theta*  = " + thetaStar, Color.GRAY, 0);
        f.legend("theta  (" + run.label() + ")", color, 1);
    }

    private void remember(long iteration, double theta) {
        int lastSlot = (next - 1 + KEEP) % KEEP;
        if (count > 0 && iterations[lastSlot] == iteration) {
            return;
        }
        if (count > 0 && iterations[lastSlot] > iteration) {
            count = 0;
            next = 0;
        }
        iterations[next] = iteration;
        thetas[next] = theta;
        next = (next + 1) % KEEP;
        count = Math.min(KEEP, count + 1);
    }

    private void drawIterates(PictureFrame f, Color color) {
        f.g().setStroke(color);
        f.g().setFill(color);
        f.g().setLineWidth(1.5 * f.theme().lineScale());
        double r = 3.5 * f.theme().lineScale();
        double px = Double.NaN;
        double py = Double.NaN;
        for (int k = 0; k < count; k++) {
            int i = (next - count + k + KEEP) % KEEP;
            double x = f.x().toPixel(iterations[i]);
            double y = f.y().toPixel(thetas[i]);
            if (!Double.isNaN(px)) {
                f.g().strokeLine(px, py, x, y);
            }
            f.g().fillOval(x - r, y - r, 2 * r, 2 * r);
            px = x;
            py = y;
        }
    }
}
