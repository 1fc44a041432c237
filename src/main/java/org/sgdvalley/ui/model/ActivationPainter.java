package org.sgdvalley.ui.model;

import javafx.scene.paint.Color;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.model.FeatureModel;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.ui.plot.Range;

/**
 * A deeper ReLU network (E6): the post-ReLU activations of every training input (rows) for each
 * neuron (columns), layer after layer; dark cells are active, blank ones are zero, so sparse and
 * duplicated features show as empty and repeated columns.
 */
final class ActivationPainter implements ModelPainter {
    private final FeatureModel model;
    private final Dataset data;

    ActivationPainter(FeatureModel model, Dataset data) {
        this.model = model;
        this.data = data;
    }

    @Override
    public void paint(PictureFrame f, RunStatus run, Color color) {
        int layers = model.hiddenLayers();
        int columns = 0;
        for (int l = 1; l <= layers; l++) {
            columns += model.width(l) + 1;
        }
        int n = data.n();
        f.axes("The model: ReLU activations of the training inputs", "neuron (layers left to right)",
                new Range(0, columns), "training input", new Range(0, n));
        int start = 0;
        for (int l = 1; l <= layers; l++) {
            double[] phi = model.features(run.params(), data.xTrain(), n, l);
            cells(f, phi, n, model.width(l), start, color);
            start += model.width(l) + 1;
        }
        f.legend("active (darker = larger)", color, 0);
    }

    private static void cells(PictureFrame f, double[] phi, int n, int m, int start, Color color) {
        double max = 0;
        for (double v : phi) {
            if (Double.isFinite(v)) {
                max = Math.max(max, v);
            }
        }
        double w = Math.abs(f.x().toPixel(1) - f.x().toPixel(0));
        double h = Math.abs(f.y().toPixel(1) - f.y().toPixel(0));
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double v = phi[i * m + j];
                if (v > 0 && max > 0) {
                    f.g().setFill(color.deriveColor(0, 1, 1, 0.15 + 0.85 * Math.min(1, v / max)));
                    f.g().fillRect(f.x().toPixel(start + j), f.y().toPixel(i + 1), Math.ceil(w), Math.ceil(h));
                }
            }
        }
    }
}
