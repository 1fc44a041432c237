package org.sgdvalley.ui.model;

import javafx.scene.paint.Color;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.ui.plot.Range;

/**
 * The diagonal network's predictor: a bar per coordinate of beta = u * v over the grey bars of the
 * sparse target beta*, so the audience sees which coordinates the run has switched on.
 */
final class DiagonalPainter implements ModelPainter {
    private static final Color TARGET = Color.rgb(150, 150, 150, 0.55);
    private final double[] betaStar;

    DiagonalPainter(double[] betaStar) {
        this.betaStar = betaStar.clone();
    }

    @Override
    public void paint(PictureFrame f, RunStatus run, Color color) {
        int d = betaStar.length;
        double[] p = run.params();
        double hi = 0;
        double lo = 0;
        for (int j = 0; j < d; j++) {
            double b = p[j] * p[d + j];
            hi = Math.max(hi, Math.max(b, betaStar[j]));
            lo = Math.min(lo, b);
        }
        hi = Double.isFinite(hi) ? hi * 1.08 + 1e-12 : 1;
        lo = Double.isFinite(lo) ? lo * 1.08 : 0;
        f.axes("The model: beta = u*v (colour) against the target beta* (grey)", "coordinate i",
                new Range(0, d + 1), "beta_i", new Range(lo, hi));
        bars(f, betaStar, 1.0, TARGET, d);
        double[] beta = new double[d];
        for (int j = 0; j < d; j++) {
            beta[j] = p[j] * p[d + j];
        }
        bars(f, beta, 0.55, color, d);
        f.legend("beta*  (target, " + countNonZero(betaStar) + " non-zeros)", Color.GRAY, 0);
        f.legend("beta = u*v  (" + run.label() + ")", color, 1);
    }

    private static void bars(PictureFrame f, double[] values, double widthShare, Color color, int d) {
        double slot = Math.abs(f.x().toPixel(2) - f.x().toPixel(1));
        double w = Math.max(1, slot * widthShare);
        double zero = f.y().toPixel(0);
        f.g().setFill(color);
        // every bar in one path: the software renderer pays a set-up per filled shape
        f.g().beginPath();
        for (int j = 0; j < d; j++) {
            if (!Double.isFinite(values[j])) {
                continue;
            }
            double px = f.x().toPixel(j + 1) - w / 2;
            double py = f.y().toPixel(values[j]);
            f.g().rect(px, Math.min(py, zero), w, Math.max(1, Math.abs(zero - py)));
        }
        f.g().fill();
    }

    private static int countNonZero(double[] v) {
        int c = 0;
        for (double x : v) {
            if (x != 0) {
                c++;
            }
        }
        return c;
    }
}
