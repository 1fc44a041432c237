package org.sgdvalley.ui.model;

import javafx.scene.paint.Color;
import org.sgdvalley.engine.data.GroundTruth;
import org.sgdvalley.engine.model.ReluNetwork;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.ui.plot.Range;

/**
 * A 2D teacher-student ReLU network (E5): an arrow for each student neuron from its initial weight
 * vector w_j to its current one, over the teacher's neurons drawn as long grey arrows from the origin.
 * With large steps the students gather onto the teacher directions.
 */
final class NeuronPainter implements ModelPainter {
    private static final Color TEACHER = Color.rgb(110, 110, 110);
    private final ReluNetwork model;
    private final double[] initial;
    private final GroundTruth.Teacher teacher;

    NeuronPainter(ReluNetwork model, double[] initial, GroundTruth.Teacher teacher) {
        this.model = model;
        this.initial = initial.clone();
        this.teacher = teacher;
    }

    @Override
    public void paint(PictureFrame f, RunStatus run, Color color) {
        double[] p = run.params();
        int m = model.width(1);
        int w = model.weightOffset(1);
        double extent = 1.2;
        for (int j = 0; j < 2 * m; j++) {
            extent = Math.max(extent, Math.abs(initial[w + j]) * 1.1);
            if (Double.isFinite(p[w + j])) {
                extent = Math.max(extent, Math.abs(p[w + j]) * 1.1);
            }
        }
        f.axes("The model: student neurons w_j, from start (open) to now (arrow)", "w_j[1]",
                new Range(-extent, extent), "w_j[2]", new Range(-extent, extent));
        for (int k = 0; k < teacher.neurons(); k++) {
            double x = teacher.firstLayer()[2 * k];
            double y = teacher.firstLayer()[2 * k + 1];
            double s = extent * 0.95 / Math.max(1e-12, Math.hypot(x, y));
            Arrows.draw(f, 0, 0, x * s, y * s, TEACHER, 3.5 * f.theme().lineScale());
        }
        for (int j = 0; j < m; j++) {
            double x0 = initial[w + 2 * j];
            double y0 = initial[w + 2 * j + 1];
            double r = 3.5 * f.theme().lineScale();
            f.g().setStroke(color);
            f.g().setLineWidth(1.5);
            f.g().strokeOval(f.x().toPixel(x0) - r, f.y().toPixel(y0) - r, 2 * r, 2 * r);
            Arrows.draw(f, x0, y0, p[w + 2 * j], p[w + 2 * j + 1], color, 2 * f.theme().lineScale());
        }
        f.legend("teacher neurons", TEACHER, 0);
        f.legend("student neurons (" + run.label() + ")", color, 1);
    }
}
