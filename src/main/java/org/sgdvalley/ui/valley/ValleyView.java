package org.sgdvalley.ui.valley;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.sgdvalley.engine.edge.Edge;
import org.sgdvalley.engine.landscape.LandscapeGrid;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.ExperimentController.Session;
import org.sgdvalley.ui.plot.PlotModel;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.PlotView;
import org.sgdvalley.ui.plot.RunKey;

/**
 * The Valley tab: the edge of stability controls and the runs' key above the panels its preset teaches
 * with (see {@link ValleyPanel#forModel}), in two rows when the width allows. It draws what its {@link ValleyViewModel} holds, once
 * per frame and only what changed.
 */
public final class ValleyView extends BorderPane {
    private static final int COLUMNS = 6;
    private final ValleyViewModel vm;
    private final EdgeBar edgeBar;
    private final RunKey runKey = new RunKey();
    private final ContourView contours = new ContourView();
    private final CrossSectionView cross = new CrossSectionView();
    private final BifurcationView bifurcation = new BifurcationView();
    private final PlotView sharpness;
    private final PlotView bounce;
    private final PlotView theta;
    private final Map<ValleyPanel, Node> nodes = new EnumMap<>(ValleyPanel.class);
    private final GridPane grid = new GridPane();
    private final ScrollPane scroll = new ScrollPane(grid);
    private PlotTheme theme = PlotTheme.LIGHT;
    private int perRow;

    /** A Valley tab showing {@code vm}, marking the edge on {@code sliderMark}. */
    public ValleyView(ValleyViewModel vm, SliderMark sliderMark) {
        this.vm = vm;
        setId("valley-view");
        edgeBar = new EdgeBar(vm);
        ValleyPlots plots = vm.plots();
        sharpness = plotView(plots.sharpness(), "valley-sharpness");
        bounce = plotView(plots.bounce(), "valley-bounce");
        theta = plotView(plots.theta(), "valley-theta");
        nodes.put(ValleyPanel.LANDSCAPE, contours);
        nodes.put(ValleyPanel.CROSS_SECTION, cross);
        nodes.put(ValleyPanel.SHARPNESS, sharpness);
        nodes.put(ValleyPanel.BOUNCE, bounce);
        nodes.put(ValleyPanel.BIFURCATION, bifurcation);
        nodes.put(ValleyPanel.TOY_THETA, theta);
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 6, 6, 6));
        runKey.setId("valley-run-key");
        setTop(new VBox(edgeBar, runKey));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        vm.panelsProperty().addListener((o, old, panels) -> arrange());
        scroll.viewportBoundsProperty().addListener((o, old, b) -> {
            if (panelsPerRow() != perRow) {
                arrange();
            } else if (old == null || old.getHeight() != b.getHeight()) {
                sizeRows();
            }
        });
        vm.markedEdgeProperty().addListener((o, old, edge) -> sliderMark.mark(edge.doubleValue()));
    }

    private static PlotView plotView(PlotModel model, String id) {
        PlotView view = new PlotView(model);
        view.setId(id);
        return view;
    }

    /** The narrowest a panel may be: its title and ticks in the theme's font need that much. */
    private double minPanelWidth() {
        return 20 * theme.fontSize();
    }

    /** The lowest a panel may be: title, a readable data area, ticks and axis label. */
    private double minPanelHeight() {
        return 13 * theme.fontSize();
    }

    /** Panels side by side: up to half of them (two rows), fewer when the tab is too narrow for that. */
    private int panelsPerRow() {
        int n = vm.panelsProperty().get().size();
        double width = scroll.getViewportBounds().getWidth();
        int fit = width > 0 ? (int) Math.floor(width / minPanelWidth()) : n;
        return Math.max(1, Math.min((n + 1) / 2, fit));
    }

    /**
     * Lays the panels out in rows of {@link #panelsPerRow()}, the first rows taking the odd ones, each
     * panel as wide as its row allows; when they cannot all be tall enough, the tab scrolls rather than
     * cutting them.
     */
    private void arrange() {
        List<ValleyPanel> panels = vm.panelsProperty().get();
        perRow = panelsPerRow();
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int rows = (panels.size() + perRow - 1) / perRow;
        int columns = lcm(perRow, Math.max(1, panels.size() - (rows - 1) * perRow));
        int index = 0;
        for (int row = 0; row < rows; row++) {
            int inRow = Math.min(perRow, panels.size() - index);
            for (int k = 0; k < inRow; k++) {
                int span = columns / inRow;
                grid.add(nodes.get(panels.get(index++)), k * span, row, span, 1);
            }
        }
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(100.0 / rows);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        sizeRows();
    }

    /**
     * The rows share the tab's height, each at least {@link #minPanelHeight()}; when they cannot all be
     * that tall (presenter type at 1280 x 720), each row takes the whole view, so that scrolling shows
     * whole rows of panels rather than one cut in two.
     */
    private void sizeRows() {
        List<RowConstraints> rows = grid.getRowConstraints();
        double gaps = (rows.size() - 1) * grid.getVgap() + grid.getPadding().getTop() + grid.getPadding().getBottom();
        double view = scroll.getViewportBounds().getHeight();
        double lowest = minPanelHeight();
        if (view > 0 && rows.size() * lowest + gaps > view) {
            lowest = Math.max(lowest, view - grid.getPadding().getTop() - grid.getPadding().getBottom());
        }
        for (RowConstraints row : rows) {
            row.setMinHeight(lowest);
        }
        grid.setMinHeight(rows.size() * lowest + gaps);
    }

    private static int lcm(int a, int b) {
        int x = a;
        int y = b;
        while (y != 0) {
            int t = x % y;
            x = y;
            y = t;
        }
        return a / x * b;
    }

    /** Switches to a new session (its panels, empty series). */
    public void show(Session session) {
        vm.show(session);
    }

    /** Pulls the view model's state for this frame and redraws what changed; nothing while hidden. */
    public void refresh(ControllerStatus status) {
        boolean showing = getScene() != null && isVisible() && getParent() != null && getParent().isVisible();
        vm.refresh(status, showing);
        if (!showing) {
            return;
        }
        runKey.show(vm.runLabelsProperty().get(), vm.focusedRun());
        contours.setProgress(vm.landscapeProgressProperty().get());
        contours.setGrid(vm.landscapeProperty().get());
        contours.setPaths(vm.pathsProperty().get());
        contours.setMessage(vm.landscapeMessageProperty().get());
        cross.set(vm.crossProperty().get(), vm.focusedLabelProperty().get());
        ValleyViewModel.ToyMark mark = vm.toyMarkProperty().get();
        bifurcation.mark(mark.eta(), mark.low(), mark.high());
        for (Node n : shown()) {
            if (n instanceof CanvasCell cell) {
                cell.redraw();
            } else if (n instanceof PlotView plot) {
                plot.redraw();
            }
        }
    }

    /** The panels on show, in reading order. */
    public List<Node> shown() {
        List<Node> shown = new ArrayList<>();
        for (ValleyPanel p : vm.panelsProperty().get()) {
            shown.add(nodes.get(p));
        }
        return shown;
    }

    /** Shows the edge search and jump, or folds them away (presenter view), leaving no empty row. */
    public void showControls(boolean shown) {
        edgeBar.showControls(shown);
    }

    /** Applies a theme (colours, and the font size a presenter view enlarges) to every part of the tab. */
    public void setTheme(PlotTheme theme) {
        this.theme = theme;
        arrange();
        vm.plots().setTheme(theme);
        contours.setTheme(theme);
        cross.setTheme(theme);
        bifurcation.setTheme(theme);
        edgeBar.setTheme(theme);
        runKey.setTheme(theme);
    }

    /** Stops the background work. */
    public void close() {
        vm.close();
    }

    /** The tab's state and actions. */
    public ValleyViewModel viewModel() {
        return vm;
    }

    /** The focused run's 2 / eta level, NaN before the first frame. */
    public double twoOverEtaLevel() {
        double[] levels = vm.twoOverEtaLevels();
        return levels.length == 0 ? Double.NaN : levels[Math.min(levels.length - 1, vm.focusedRun())];
    }

    /** The current edge estimate of the focused run of this session, or null. */
    public Edge edge() {
        return vm.edge();
    }

    /** Number of sharpness samples shown, over every run. */
    public int sharpnessSamples() {
        return vm.sharpnessSamples();
    }

    /** Whether a cross-section is shown. */
    public boolean crossSectionShown() {
        return cross.cross() != null;
    }

    /** How many times any of the tab's pictures has been drawn. */
    public long drawCount() {
        return contours.drawCount() + cross.drawCount() + bifurcation.drawCount() + sharpness.drawCount()
                + bounce.drawCount() + theta.drawCount();
    }

    /** How many updates (paths, sharpness, cross-section) the background worker has run. */
    public long workerUpdates() {
        return vm.workerUpdates();
    }

    /** The text shown in place of the landscape (why it waits, that it is computed), empty when none. */
    public String landscapeMessage() {
        return landscapeShown() ? "" : contours.message();
    }

    /** The landscape shown, or null: its plane carries the named anchor points. */
    public LandscapeGrid landscape() {
        return contours.grid();
    }

    /** Whether the landscape of this session has been computed and shown. */
    public boolean landscapeShown() {
        return contours.grid() != null;
    }
}
