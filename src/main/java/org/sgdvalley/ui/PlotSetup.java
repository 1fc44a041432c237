package org.sgdvalley.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.paint.Color;
import org.sgdvalley.ui.plot.AxisScale;
import org.sgdvalley.ui.plot.PlotMarker;
import org.sgdvalley.ui.plot.PlotModel;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.SeriesStyle;

/**
 * Titles, axes, styles and markers shared by the live dashboard and the command line's PNG report,
 * so both draw the same four plots.
 */
final class PlotSetup {
    static final Color DIVERGED = Color.rgb(200, 0, 0);
    static final Color DECAY = Color.rgb(120, 120, 120);

    private PlotSetup() {
    }

    static PlotModel loss() {
        PlotModel m = base("Training loss (bouncing) and test loss", "loss");
        m.yScaleProperty().set(AxisScale.LOG);
        return m;
    }

    static PlotModel stepSize() {
        return base("Step size used (dashed: planned)", "step size");
    }

    static PlotModel sparsity() {
        return base("Sparsity", "");
    }

    /** Shows {@code metric} on a sparsity plot. */
    static void showSparsity(PlotModel m, String metric) {
        m.titleProperty().set(metric.equals("sharpness")
                ? "Sharpness: top eigenvalue of the Hessian (GD is stable below 2/eta)" : "Sparsity: " + metric);
        m.yLabelProperty().set(metric);
    }

    private static PlotModel base(String title, String yLabel) {
        PlotModel m = new PlotModel();
        m.titleProperty().set(title);
        m.yLabelProperty().set(yLabel);
        m.xLabelProperty().set("iteration");
        // losses, step sizes and sparsity all start high and fall: the lower left stays empty longest
        m.legendCornerProperty().set(Pos.BOTTOM_LEFT);
        return m;
    }

    static SeriesStyle train(String run, int index) {
        return SeriesStyle.envelope(run + ": train", PlotTheme.paletteColor(index));
    }

    static SeriesStyle extraLoss(String run, String metric, int index) {
        return new SeriesStyle(run + ": " + metric.replace("_loss", ""),
                PlotTheme.paletteColor(index).deriveColor(0, 1, 0.75, 1), 1.5, true, true, false);
    }

    static SeriesStyle line(String run, int index) {
        return SeriesStyle.line(run, PlotTheme.paletteColor(index));
    }

    /** The planned schedule: dashed, and left out of the legend. */
    static SeriesStyle plan(int index) {
        return new SeriesStyle("", PlotTheme.paletteColor(index), 1.2, true, true, false);
    }

    static PlotMarker decay(long at) {
        return new PlotMarker(at, "decay", DECAY);
    }

    static PlotMarker diverged(String runs, long iteration) {
        return new PlotMarker(iteration, runs + " diverged", DIVERGED);
    }

    /** Metrics shown on the sparsity plot: everything but the losses, the paper's main measure first. */
    static List<String> sparsityMetrics(List<String> columns) {
        List<String> preferred = List.of("l0", "feature_sparsity", "feature_sparsity_1", "rank", "l1");
        return columns.stream().filter(n -> !n.endsWith("_loss") && !n.equals("step_size"))
                .sorted(java.util.Comparator.comparingInt(n -> {
                    int rank = preferred.indexOf(n);
                    return rank < 0 ? preferred.size() : rank;
                })).toList();
    }
}
