package org.sgdvalley.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.geometry.Pos;
import javafx.geometry.Insets;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.ExperimentController.Session;
import org.sgdvalley.ui.model.ModelPicture;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.PlotView;

/** The four live plots in a 2 x 2 grid: loss, step size, sparsity and the model itself. */
public final class Dashboard extends GridPane {
    private final SessionPlots plots = new SessionPlots();
    private final List<PlotView> views = new ArrayList<>();
    private final ModelPicture model = new ModelPicture();
    private final ComboBox<String> sparsityChoice = new ComboBox<>();

    public Dashboard() {
        setId("dashboard");
        getStyleClass().add("dashboard");
        setHgap(6);
        setVgap(6);
        setPadding(new Insets(6));
        for (var m : plots.plots()) {
            PlotView view = new PlotView(m);
            views.add(view);
        }
        views.get(0).setId("loss-plot");
        views.get(1).setId("step-size-plot");
        views.get(2).setId("sparsity-plot");
        model.setId("model-plot");
        sparsityChoice.valueProperty().bindBidirectional(plots.sparsityMetricProperty());
        sparsityChoice.setId("sparsity-metric");
        StackPane sparsityCell = new StackPane(views.get(2), sparsityChoice);
        StackPane.setAlignment(sparsityChoice, Pos.TOP_RIGHT);
        StackPane.setMargin(sparsityChoice, new Insets(4, 8, 0, 0));
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

    public void setTheme(PlotTheme theme) {
        plots.setTheme(theme);
        model.setTheme(theme);
    }

    public void setFocus(int run) {
        model.setFocus(run);
    }
}
