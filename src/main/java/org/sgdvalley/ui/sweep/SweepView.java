package org.sgdvalley.ui.sweep;

import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.sweep.SweepGrid;
import org.sgdvalley.engine.sweep.SweepParameter;
import org.sgdvalley.ui.base.FrameClock;
import org.sgdvalley.ui.plot.PlotTheme;

/**
 * The Sweep tab: choose a run of the preset and two of its parameters, run the grid on every core and
 * watch the heat map fill in; hover a cell for its numbers, click it to open that run live on the
 * dashboard beside the preset's own run (A/B).
 */
public final class SweepView extends BorderPane {
    private static final String RANGE_HELP = "from : to : how many values (evenly spaced)";

    private final SweepViewModel vm;
    private final HeatMapView map = new HeatMapView();
    private final ComboBox<String> quantity = new ComboBox<>();
    private final Label readout = new Label(" ");
    private final ProgressBar bar = new ProgressBar(0);
    private final FrameClock clock;
    /** Unsubscribes {@link #frame()} from the clock; null while no sweep runs. */
    private Runnable stopFrames;
    private int shownRows = -1;
    private SweepGrid shownGrid;

    /**
     * The view of {@code vm}, following a running sweep on the window's frame {@code clock};
     * {@code showDashboard} brings the dashboard to the front.
     */
    public SweepView(SweepViewModel vm, FrameClock clock, Runnable showDashboard) {
        this.vm = vm;
        this.clock = clock;
        setId("sweep-view");
        setTop(controls());
        setCenter(map);
        setBottom(status());
        map.setId("sweep-map");
        map.setOnMouseMoved(e -> hover(map.pointAt(e.getX(), e.getY())));
        map.setOnMouseExited(e -> hover(null));
        map.setOnMouseClicked(e -> {
            int[] p = map.pointAt(e.getX(), e.getY());
            if (p != null && vm.grid() != null && !vm.grid().rows(p[0], p[1]).isEmpty() && vm.open(p[0], p[1])) {
                showDashboard.run();
            }
        });
        quantity.valueProperty().addListener((obs, old, q) -> {
            if (q != null && vm.grid() != null) {
                map.show(vm.grid(), q);
            }
        });
        vm.runningProperty().addListener((obs, old, on) -> {
            if (on && stopFrames == null) {
                stopFrames = clock.subscribe(this::frame);
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (old == null) {
                followWindowTheme();
            }
        });
    }

    /** Takes the window's dark and large-text choices (style classes on the main view) for the map too. */
    private void followWindowTheme() {
        Parent host = getParent();
        while (host != null && !"main-view".equals(host.getId())) {
            host = host.getParent();
        }
        if (host == null) {
            return;
        }
        ObservableList<String> classes = host.getStyleClass();
        Runnable apply = () -> {
            PlotTheme base = classes.contains("dark") ? PlotTheme.DARK : PlotTheme.LIGHT;
            map.setTheme(classes.contains("large")
                    ? new PlotTheme(base.background(), base.foreground(), base.grid(), 1.6, 2) : base);
        };
        classes.addListener((ListChangeListener<String>) change -> apply.run());
        apply.run();
    }

    /** A tab holding a new Sweep view of the window {@code host}, drawn on the window's frame {@code clock}. */
    public static Tab tab(SweepHost host, FrameClock clock, Runnable showDashboard) {
        SweepViewModel model = new SweepViewModel(host);
        Tab tab = new Tab("Sweep", new SweepView(model, clock, showDashboard));
        tab.setId("sweep-tab");
        return tab;
    }

    private FlowPane controls() {
        ComboBox<Integer> run = new ComboBox<>();
        run.setId("sweep-run");
        run.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer index) {
                ExperimentSpec spec = vm.presetProperty().get();
                return index == null || spec == null || index >= spec.runs().size() ? ""
                        : spec.runs().get(index).label();
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        Runnable fillRuns = () -> {
            ExperimentSpec spec = vm.presetProperty().get();
            run.getItems().setAll(IntStream.range(0, spec == null ? 0 : spec.runs().size())
                    .boxed().toList());
            run.setValue(vm.runProperty().get());
        };
        vm.presetProperty().addListener((obs, old, spec) -> fillRuns.run());
        fillRuns.run();
        vm.runProperty().addListener((obs, old, i) -> run.setValue(i.intValue()));
        run.valueProperty().addListener((obs, old, i) -> {
            if (i != null) {
                vm.runProperty().set(i);
            }
        });
        Spinner<Integer> seeds = new Spinner<>(1, 20, 1);
        seeds.setId("sweep-seeds");
        seeds.setPrefWidth(75);
        seeds.valueProperty().addListener((obs, old, v) -> vm.seedsProperty().set(v));
        CheckBox log = new CheckBox("log");
        log.selectedProperty().bindBidirectional(vm.xLogProperty());
        log.setTooltip(new Tooltip("Space the x values evenly in log scale (for step sizes over decades)"));
        Button start = new Button("Run sweep");
        start.setId("sweep-start");
        start.setDefaultButton(false);
        start.setOnAction(e -> {
            if (vm.runningProperty().get()) {
                vm.stop();
            } else {
                vm.start();
            }
        });
        vm.runningProperty().addListener((obs, old, on) -> start.setText(on ? "Stop" : "Run sweep"));
        quantity.setId("sweep-quantity");
        FlowPane row = new FlowPane(10, 6, labelled("Run", run),
                labelled("x", parameterBox(vm.xParameterProperty(), "sweep-x"), rangeField(vm.xRangeProperty(), "sweep-x-range"), log),
                labelled("y", parameterBox(vm.yParameterProperty(), "sweep-y"), rangeField(vm.yRangeProperty(), "sweep-y-range")),
                labelled("Seeds", seeds), start, labelled("Map", quantity));
        row.setPadding(new Insets(6, 8, 6, 8));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static HBox labelled(String text, Node... nodes) {
        HBox box = new HBox(5, new Label(text));
        box.getChildren().addAll(nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static ComboBox<SweepParameter> parameterBox(ObjectProperty<SweepParameter> p,
                                                         String id) {
        ComboBox<SweepParameter> box = new ComboBox<>();
        box.getItems().setAll(SweepParameter.values());
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(SweepParameter parameter) {
                return parameter == null ? "" : parameter.key().replace('_', ' ');
            }

            @Override
            public SweepParameter fromString(String text) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(p);
        return box;
    }

    private static TextField rangeField(StringProperty range, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(14);
        field.setPromptText(RANGE_HELP);
        field.setTooltip(new Tooltip(RANGE_HELP + ", e.g. 0.1 : 0.35 : 26"));
        field.textProperty().bindBidirectional(range);
        return field;
    }

    private VBox status() {
        Label progress = new Label();
        progress.setId("sweep-progress");
        progress.textProperty().bind(vm.progressProperty());
        Label message = new Label();
        message.setId("sweep-message");
        message.textProperty().bind(vm.messageProperty());
        message.setStyle("-fx-text-fill: #b00020;");
        bar.setPrefWidth(220);
        HBox line = new HBox(10, bar, progress, message);
        line.setAlignment(Pos.CENTER_LEFT);
        readout.setId("sweep-readout");
        readout.setStyle("-fx-font-size: 1.25em;");
        readout.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(readout, Priority.ALWAYS);
        VBox box = new VBox(4, readout, line);
        box.setPadding(new Insets(4, 8, 6, 8));
        return box;
    }

    private void hover(int[] p) {
        map.highlight(p == null ? -1 : p[0], p == null ? -1 : p[1]);
        readout.setText(p == null || vm.grid() == null ? " " : vm.describe(p[0], p[1], map.quantity()));
    }

    /** Per frame while a sweep runs: redraw when rows arrived; stop the timer once it has ended. */
    private void frame() {
        int rows = vm.poll();
        bar.setProgress(vm.progressFraction());
        SweepGrid grid = vm.grid();
        if (grid != shownGrid) {
            shownGrid = grid;
            String keep = quantity.getValue();
            quantity.getItems().setAll(grid.quantities());
            quantity.setValue(keep != null && grid.quantities().contains(keep) ? keep : defaultQuantity(grid));
            map.show(grid, quantity.getValue());
            shownRows = -1;
        }
        if (rows != shownRows) {
            shownRows = rows;
            map.redraw();
        }
        if (!vm.runningProperty().get()) {
            stopFrames.run();
            stopFrames = null;
        }
    }

    /** The sparsity measure when there is one (the paper's point), else the test loss. */
    private static String defaultQuantity(SweepGrid grid) {
        for (String q : List.of("l0", "rank", "feature_sparsity", "test_loss")) {
            if (grid.quantities().contains(q)) {
                return q;
            }
        }
        return grid.quantities().get(0);
    }

    /** The view model. */
    public SweepViewModel viewModel() {
        return vm;
    }
}
