package org.sgdvalley.ui.model;

import javafx.scene.paint.Color;

/** Arrows in data coordinates of a {@link PictureFrame}. */
final class Arrows {
    private Arrows() {
    }

    /** An arrow from (x0, y0) to (x1, y1) with a head at the end. */
    static void draw(PictureFrame f, double x0, double y0, double x1, double y1, Color color, double width) {
        if (!Double.isFinite(x1) || !Double.isFinite(y1)) {
            return;
        }
        double ax = f.x().toPixel(x0);
        double ay = f.y().toPixel(y0);
        double bx = f.x().toPixel(x1);
        double by = f.y().toPixel(y1);
        var g = f.g();
        g.setStroke(color);
        g.setFill(color);
        g.setLineWidth(width);
        g.strokeLine(ax, ay, bx, by);
        double len = Math.hypot(bx - ax, by - ay);
        if (len < 1) {
            return;
        }
        double head = Math.min(len * 0.4, 5 + 2.5 * width);
        double ux = (bx - ax) / len;
        double uy = (by - ay) / len;
        g.fillPolygon(new double[] {bx, bx - head * ux + head * 0.45 * uy, bx - head * ux - head * 0.45 * uy},
                new double[] {by, by - head * uy - head * 0.45 * ux, by - head * uy + head * 0.45 * ux}, 3);
    }
}
