package org.sgdvalley.ui.classroom;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.ui.plot.PlotView;

/**
 * Rearranges the dashboard for a lecture hall: on the left the loss plot over the plot that matters for the
 * preset (its sparsity measure when it records one, else the step size), and the model itself over the
 * whole height on the right, since its title and keys at twice the type would leave a half-height cell
 * little room for the picture at 1280 x 720. {@link #restore()} puts the grid back as it was.
 */
final class PresenterLayout {
    /** Percent of the height for the loss plot, over the second plot. */
    static final double LOSS_HEIGHT = 56;
    private final DashboardCells cells;
    private final GridPane dashboard;
    private final List<Saved> saved = new ArrayList<>();
    private final List<ColumnConstraints> columns = new ArrayList<>();
    private final List<RowConstraints> rows = new ArrayList<>();
    private final List<Runnable> labelsBack = new ArrayList<>();

    private record Saved(Node node, Integer col, Integer row, Integer colSpan, Integer rowSpan, boolean visible,
                         boolean managed) { }

    PresenterLayout(DashboardCells cells) {
        this.cells = cells;
        this.dashboard = cells.grid();
    }

    /** Whether a preset records a measure of sparsity (or sharpness) worth a plot of its own. */
    static boolean hasSparsityPlot(ExperimentSpec spec) {
        return spec.metrics().stream().anyMatch(m -> !m.endsWith("_loss"));
    }

    void apply(ExperimentSpec spec) {
        if (saved.isEmpty()) {
            for (Node n : dashboard.getChildren()) {
                saved.add(new Saved(n, GridPane.getColumnIndex(n), GridPane.getRowIndex(n), GridPane.getColumnSpan(n),
                        GridPane.getRowSpan(n), n.isVisible(), n.isManaged()));
            }
            columns.addAll(dashboard.getColumnConstraints());
            rows.addAll(dashboard.getRowConstraints());
        }
        Node loss = cellOf(cells.lossPlot());
        Node step = cellOf(cells.stepSizePlot());
        Node sparsity = cellOf(cells.sparsityPlot());
        Node model = cellOf(cells.modelPicture());
        boolean sparse = spec != null && hasSparsityPlot(spec);
        Node second = sparse ? sparsity : step;
        Node hidden = sparse ? step : sparsity;
        for (Node n : dashboard.getChildren()) {
            show(n, n != hidden);
        }
        // the two plots stacked on the left share their iteration axis, whose ticks say what it is: its
        // name at twice the type would take the height their data needs at 1280 x 720
        putLabelsBack();
        for (PlotView plot : List.of(cells.lossPlot(), sparse ? cells.sparsityPlot() : cells.stepSizePlot())) {
            String name = plot.getModel().xLabelProperty().get();
            plot.getModel().xLabelProperty().set("");
            labelsBack.add(() -> plot.getModel().xLabelProperty().set(name));
        }
        GridPane.setConstraints(loss, 0, 0, 1, 1);
        GridPane.setConstraints(second, 0, 1, 1, 1);
        GridPane.setConstraints(model, 1, 0, 1, 2);
        dashboard.getColumnConstraints().setAll(column(50), column(50));
        // the loss, where the bounce shows, gets the larger share of the height
        dashboard.getRowConstraints().setAll(row(LOSS_HEIGHT), row(100 - LOSS_HEIGHT));
    }

    void restore() {
        putLabelsBack();
        for (Saved s : saved) {
            GridPane.setConstraints(s.node(), or0(s.col()), or0(s.row()), s.colSpan() == null ? 1 : s.colSpan(),
                    s.rowSpan() == null ? 1 : s.rowSpan());
            s.node().setVisible(s.visible());
            s.node().setManaged(s.managed());
        }
        if (!saved.isEmpty()) {
            dashboard.getColumnConstraints().setAll(columns);
            dashboard.getRowConstraints().setAll(rows);
        }
        saved.clear();
        columns.clear();
        rows.clear();
    }

    private void putLabelsBack() {
        labelsBack.forEach(Runnable::run);
        labelsBack.clear();
    }

    /** The grid cell holding a view (the view itself, or the stack that adds a chooser to it). */
    private Node cellOf(Node view) {
        Node n = view;
        while (n.getParent() != null && n.getParent() != dashboard) {
            n = n.getParent();
        }
        return n;
    }

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private static int or0(Integer i) {
        return i == null ? 0 : i;
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static RowConstraints row(double percent) {
        RowConstraints r = new RowConstraints();
        r.setPercentHeight(percent);
        r.setVgrow(Priority.ALWAYS);
        return r;
    }
}
