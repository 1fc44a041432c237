package org.sgdvalley.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.geometry.Pos;
import javafx.geometry.Insets;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.ExperimentController.Session;
import org.sgdvalley.engine.run.Run;
import org.sgdvalley.ui.model.ModelPicture;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.PlotView;
import org.sgdvalley.ui.plot.RunKey;

/**
 * The four live plots in a 2 x 2 grid (loss, step size, sparsity and the model itself) under one key
 * that names each run once in its colour, so the plots name no run and keep their room for the data.
 * The key sits in the grid's top inset, whatever arrangement of the cells presenter view chooses.
 */
public final class Dashboard extends GridPane {
    /** The gap between cells and around the grid, in pixels. */
    private static final double GAP = 6;
    /** The room around the sparsity chooser in its corner of the plot, in pixels. */
    private static final double CHOOSER_MARGIN = 3;
    private final SessionPlots plots = new SessionPlots();
    private final List<PlotView> views = new ArrayList<>();
    private final ModelPicture model = new ModelPicture();
    private final ChoiceBox<String> sparsityChoice = new ChoiceBox<>();
    private final RunKey key = new RunKey();
    private int focus;

    public Dashboard() {
        setId("dashboard");
        getStyleClass().add("dashboard");
        setHgap(GAP);
        setVgap(GAP);
        setPadding(new Insets(GAP));
        for (var m : plots.plots()) {
            m.namedElsewhereProperty().set(true);
            views.add(new PlotView(m));
        }
        key.setId("dashboard-run-key");
        // the key is a child of the grid but lies above its cells: it must not widen a column
        key.setMinSize(0, 0);
        views.get(0).setId("loss-plot");
        views.get(1).setId("step-size-plot");
        views.get(2).setId("sparsity-plot");
        model.setId("model-plot");
        sparsityChoice.valueProperty().bindBidirectional(plots.sparsityMetricProperty());
        sparsityChoice.setId("sparsity-metric");
        StackPane sparsityCell = new StackPane(views.get(2), sparsityChoice);
        sparsityChoice.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane.setAlignment(sparsityChoice, Pos.TOP_RIGHT);
        StackPane.setMargin(sparsityChoice, new Insets(CHOOSER_MARGIN, CHOOSER_MARGIN, 0, 0));
        // the chooser takes the right end of the plot's title row, only while it shows
        InvalidationListener corner = obs -> plots.sparsity().titleCornerProperty().set(chooserShows()
                ? new Dimension2D(sparsityChoice.getWidth() + 2 * CHOOSER_MARGIN,
                        sparsityChoice.getHeight() + 2 * CHOOSER_MARGIN)
                : new Dimension2D(0, 0));
        for (Observable o : List.of(sparsityChoice.widthProperty(), sparsityChoice.heightProperty(),
                sparsityChoice.visibleProperty(), sparsityChoice.opacityProperty())) {
            o.addListener(corner);
        }
        getChildren().add(key);
        add(views.get(0), 0, 0);
        add(views.get(1), 1, 0);
        add(sparsityCell, 0, 1);
        add(model, 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(r);
        }
    }

    /** Whether the sparsity chooser is on show (presenter view and pictures fade it out). */
    private boolean chooserShows() {
        return sparsityChoice.isVisible() && sparsityChoice.getOpacity() > 0;
    }

    /** Lays the cells out below the key, which takes the top inset at the height its lines need. */
    @Override
    protected void layoutChildren() {
        double width = getWidth() - 2 * GAP;
        double keyHeight = snapSizeY(key.prefHeight(width));
        double top = GAP + keyHeight + (keyHeight > 0 ? GAP : 0);
        if (getPadding().getTop() != top) {
            setPadding(new Insets(top, GAP, GAP, GAP));
        }
        super.layoutChildren();
        key.resizeRelocate(GAP, GAP, width, keyHeight);
    }

    /** The plot views (loss, step size, sparsity), then the model picture. */
    public List<Node> cells() {
        List<Node> cells = new ArrayList<>(views);
        cells.add(model);
        return cells;
    }

    public SessionPlots plots() {
        return plots;
    }

    public List<PlotView> views() {
        return views;
    }

    public ModelPicture model() {
        return model;
    }

    /** Switches every plot to a new session. */
    public void show(Session session) {
        plots.show(session);
        // replacing the chooser's items clears its value, which is bound to the plotted metric: keep it
        String metric = plots.sparsityMetricProperty().get();
        sparsityChoice.getItems().setAll(plots.sparsityMetrics());
        plots.sparsityMetricProperty().set(metric);
        sparsityChoice.setVisible(plots.sparsityMetrics().size() > 1);
        key.show(session.experiment().runs().stream().map(Run::label).toList(), focus);
        model.show(session);
    }

    /** Pulls new data and redraws what changed; called once per frame. */
    public void refresh(ControllerStatus status) {
        plots.refresh(status);
        for (PlotView v : views) {
            v.redraw();
        }
        model.refresh(status);
    }

    /** How many times any of the four plots has been drawn. */
    public long drawCount() {
        return views.stream().mapToLong(PlotView::drawCount).sum() + model.drawCount();
    }

    /** Applies a theme to the plots, the model picture, the key and the sparsity chooser. */
    public void setTheme(PlotTheme theme) {
        plots.setTheme(theme);
        model.setTheme(theme);
        key.setTheme(theme);
        sparsityChoice.setStyle(RunKey.textStyle(theme));
    }

    /** Marks run {@code run} as the focused one: in bold in the key, drawn in the model picture. */
    public void setFocus(int run) {
        focus = run;
        key.setFocus(run);
        model.setFocus(run);
    }
}
