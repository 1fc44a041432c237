package org.sgdvalley.ui;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.paint.Color;
import org.sgdvalley.ui.plot.AxisScale;
import org.sgdvalley.ui.plot.CurveKind;
import org.sgdvalley.ui.plot.LineDash;
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

    /** Decades a loss axis spans below its top: the bounce stays readable beside a run converging to 1e-30. */
    static final double LOSS_DECADES = 6;

    static PlotModel loss() {
        PlotModel m = base("Training loss (bouncing) and test loss", "loss");
        m.yScaleProperty().set(AxisScale.LOG);
        m.yDecadesProperty().set(LOSS_DECADES);
        return m;
    }

    static PlotModel stepSize() {
        return base("Step size used (faint: planned)", "step size");
    }

    static PlotModel sparsity() {
        return base("Sparsity", "");
    }

    /** Shows {@code metric} on a sparsity plot, named in its title (no axis label repeats it). */
    static void showSparsity(PlotModel m, String metric) {
        m.titleProperty().set(metric.equals("sharpness")
                ? "Sharpness (GD is stable below 2/eta)" : "Sparsity: " + metric);
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

    /** The train loss: solid, over the band of its bounce (the min-max envelope). */
    static SeriesStyle train(String run, int index) {
        return CurveKind.TRAIN.style(run, PlotTheme.paletteColor(index));
    }

    /** A loss other than the train loss, in its kind's pattern: the test loss dashed, the valley floor dotted. */
    static SeriesStyle extraLoss(String run, String metric, int index) {
        CurveKind kind = metric.equals("valley_loss") ? CurveKind.VALLEY_FLOOR : CurveKind.TEST;
        return kind.style(run, PlotTheme.paletteColor(index));
    }

    static SeriesStyle line(String run, int index) {
        return SeriesStyle.line(run, PlotTheme.paletteColor(index));
    }

    /** The planned schedule: a faint line ahead of the one used, left out of the legend. */
    static SeriesStyle plan(int index) {
        return new SeriesStyle("", "", PlotTheme.paletteColor(index).deriveColor(0, 1, 1, 0.45), 1.5, LineDash.SOLID,
                true, false);
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
                .sorted(Comparator.comparingInt(n -> {
                    int rank = preferred.indexOf(n);
                    return rank < 0 ? preferred.size() : rank;
                })).toList();
    }
}
