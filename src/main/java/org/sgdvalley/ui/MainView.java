package org.sgdvalley.ui;

import java.util.Map;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.export.ExportMetadata;
import org.sgdvalley.ui.base.FrameClock;
import org.sgdvalley.ui.base.TaskExecutor;
import org.sgdvalley.ui.classroom.Classroom;
import org.sgdvalley.ui.classroom.RecordableView;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.PlotView;
import org.sgdvalley.ui.sweep.SweepView;
import org.sgdvalley.ui.valley.ValleyView;
import org.sgdvalley.ui.valley.ValleyViewModel;

/**
 * The main window's content: menus and run controls on top, the preset's explanation and parameter
 * editor on the left, the four live plots in the middle, the status bar below. One frame clock pulls
 * the trainer's state once per frame.
 */
public final class MainView extends BorderPane {
    private final MainViewModel vm;
    private final ControlBar controls;
    private final Dashboard dashboard = new Dashboard();
    private final Classroom classroom;
    private final ValleyView valley;
    private final TabPane tabs = new TabPane();
    private final HBox statusBar = new HBox(8);
    private final Label statusText = new Label();
    private final Label description = new Label();
    private final Label lookFor = new Label();
    private final Label tuning = new Label();
    private final Label message = new Label();
    private final Button rewind = new Button("Rewind to last checkpoint");
    private final CheckMenuItem dark = new CheckMenuItem("Dark theme");
    private final CheckMenuItem large = new CheckMenuItem("Large text (lecture hall)");
    private final FrameClock frames = new FrameClock();
    private final ExportActions exports = new ExportActions(this);
    private long shownGeneration = -1;
    private long framesHandled;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        this.controls = new ControlBar(vm);
        this.classroom = new Classroom(new ClassroomWindow(this, vm.tasks()));
        setId("main-view");
        setTop(new VBox(menus(), controls));
        addContextMenus();
        setLeft(sidePanel());
        this.valley = new ValleyView(new ValleyViewModel(vm, vm.tasks()), controls.edgeMark);
        setCenter(views());
        setBottom(statusBar);
        statusBar.setId("status-bar");
        statusText.textProperty().bind(vm.statusTextProperty());
        statusText.setWrapText(true);
        statusText.setMinHeight(Region.USE_PREF_SIZE);
        statusText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(statusText, Priority.ALWAYS);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        rewind.setId("rewind");
        rewind.setMinWidth(Region.USE_PREF_SIZE);
        rewind.visibleProperty().bind(vm.divergedProperty());
        rewind.managedProperty().bind(vm.divergedProperty());
        rewind.setOnAction(e -> vm.rewindDiverged());
        message.setId("message");
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add("message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.maxWidthProperty().bind(statusBar.widthProperty().multiply(0.4)); // the status keeps the rest
        statusBar.getChildren().addAll(statusText, message, rewind);
        vm.logIterationAxisProperty().addListener((obs, old, log) -> dashboard.plots().setLogIterations(log));
        dashboard.setFocus(vm.focusedRunProperty().get());
        vm.focusedRunProperty().addListener((obs, old, run) -> dashboard.setFocus(run.intValue()));
        dark.selectedProperty().addListener((obs, old, on) -> applyTheme());
        large.selectedProperty().addListener((obs, old, on) -> applyTheme());
        addEventFilter(KeyEvent.KEY_PRESSED, new Shortcuts(vm, classroom)::handle);
        frames.subscribe(this::frame);
        classroom.install();
        if (getCenter() instanceof Region center) {
            center.setMinSize(0, 0); // the plots shrink with the window, so the status bar stays in it
        }
        classroom.addRecordable(new RecordableView("Valley", valley));
    }

    /** The index of the view on show: 0 the dashboard, 1 the valley. */
    public int selectedView() {
        return tabs.getSelectionModel().getSelectedIndex();
    }

    /** The center: the dashboard and the valley, as tabs. */
    private TabPane views() {
        Tab dash = new Tab("Dashboard", dashboard);
        Tab valleyTab = new Tab("Valley", valley);
        dash.setId("dashboard-tab");
        valleyTab.setId("valley-tab");
        tabs.getTabs().addAll(dash, valleyTab, SweepView.tab(vm, frames, () -> selectView("dashboard")));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("views");
        tabs.setMinSize(0, 0);
        return tabs;
    }

    /** Shows the view of that name: {@code dashboard}, {@code valley} or {@code sweep}. */
    public void selectView(String name) {
        tabs.getSelectionModel().select(switch (name) {
            case "valley" -> 1;
            case "sweep" -> 2;
            default -> 0;
        });
    }

    public ValleyView valley() {
        return valley;
    }

    private MenuBar menus() {
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> Platform.exit());
        quit.setId("quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        Menu dashboardPng = scales("Export dashboard as PNG", dashboard, "dashboard");
        MenuItem csv = new MenuItem("Export metrics as CSV...");
        csv.setOnAction(e -> exports.chooseCsv());
        Menu file = new Menu("File", null, dashboardPng, csv, new SeparatorMenuItem(), quit);
        file.getItems().addAll(0, new SessionActions(vm).menuItems(() -> getScene().getWindow()));
        file.setId("file-menu");
        Menu view = new Menu("View", null, dark, large);
        return new MenuBar(file, view, classroom.menu());
    }

    private Menu scales(String title, Node node, String name) {
        Menu menu = new Menu(title);
        for (int scale = 1; scale <= 3; scale++) {
            int k = scale;
            MenuItem item = new MenuItem("x" + k + "...");
            item.setOnAction(e -> exports.choosePng(node, name, k));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Right-click on any plot: export it as PNG, fit its axes again, or show a loss axis's full range. */
    private void addContextMenus() {
        String[] names = {"loss", "step-size", "sparsity", "model"};
        for (int i = 0; i < dashboard.cells().size(); i++) {
            Node cell = dashboard.cells().get(i);
            Menu export = scales("Export this plot as PNG", cell, names[i]);
            ContextMenu menu = new ContextMenu(export);
            if (cell instanceof PlotView plot) {
                menu.getItems().addAll(plot.zoomMenuItems());
            }
            cell.setOnContextMenuRequested(e -> menu.show(cell, e.getScreenX(), e.getScreenY()));
        }
    }

    /**
     * The side panel: what to look for, in large type; the preset's description and tuning notes one
     * click away; the parameters. It narrows with the window, within limits in units of the text size.
     */
    private ScrollPane sidePanel() {
        for (Label text : new Label[] {lookFor, description, tuning}) {
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
        }
        description.setId("description");
        tuning.setId("tuning-notes");
        lookFor.setId("look-for");
        Label lookForTitle = new Label("What to look for");
        lookForTitle.getStyleClass().add("look-for-title");
        VBox lookForBox = new VBox(4, lookForTitle, lookFor);
        lookForBox.getStyleClass().add("look-for-box");
        TitledPane aboutPane = collapsed("About this preset", description);
        aboutPane.setId("about-preset");
        TitledPane tuningPane = collapsed("Tuning notes", tuning);
        tuningPane.setId("tuning-pane");
        TitledPane params = new TitledPane("Parameters", new ParameterSheet(vm));
        VBox side = new VBox(lookForBox, aboutPane, tuningPane, params, classroom.sidePane());
        side.getStyleClass().add("side-panel");
        ScrollPane scroll = new ScrollPane(side);
        scroll.setId("side-panel");
        scroll.setFitToWidth(true);
        scroll.setMinHeight(0);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.prefWidthProperty().bind(Bindings.createDoubleBinding(
                () -> sideWidth(getWidth(), description.getFont().getSize()), widthProperty(),
                description.fontProperty()));
        vm.presetProperty().addListener((obs, old, spec) -> describe(spec));
        describe(vm.presetProperty().get());
        return scroll;
    }

    /** A quarter of the window, from 24 to 30 times the text size, but at most a third of the window. */
    static double sideWidth(double windowWidth, double fontSize) {
        return Math.min(windowWidth / 3, Math.max(24 * fontSize, Math.min(30 * fontSize, windowWidth / 4)));
    }

    private static TitledPane collapsed(String title, Label text) {
        VBox box = new VBox(text);
        box.setPadding(new Insets(6));
        TitledPane pane = new TitledPane(title, box);
        pane.setExpanded(false);
        return pane;
    }

    private void describe(ExperimentSpec spec) {
        PresetNotes notes = PresetNotes.of(spec);
        description.setText(notes.description());
        tuning.setText(notes.tuning());
        lookFor.setText(notes.lookFor());
    }

    /** Sets View > Dark theme and View > Large text. */
    void setTheme(boolean darkTheme, boolean largeText) {
        dark.setSelected(darkTheme);
        large.setSelected(largeText);
    }

    private void applyTheme() {
        PlotTheme base = dark.isSelected() ? PlotTheme.DARK : PlotTheme.LIGHT;
        PlotTheme theme = large.isSelected()
                ? new PlotTheme(base.background(), base.foreground(), base.grid(), 1.6, 2) : base;
        dashboard.setTheme(theme);
        valley.setTheme(theme);
        getStyleClass().removeAll("dark", "large");
        if (dark.isSelected()) {
            getStyleClass().add("dark");
        }
        if (large.isSelected()) {
            getStyleClass().add("large");
        }
    }

    /** Starts pulling the trainer's state every frame. */
    public void start() {
        frames.start();
    }

    /** Stops the frame loop and the trainer. */
    public void stop() {
        frames.stop();
        classroom.stop();
        valley.close();
        vm.close();
    }

    private void frame() {
        framesHandled++;
        vm.refresh();
        ControllerStatus status = vm.statusProperty().get();
        if (status == null) {
            return;
        }
        if (status.generation() != shownGeneration) {
            var session = vm.controller().session();
            if (session.generation() != status.generation()) {
                return;
            }
            shownGeneration = status.generation();
            dashboard.show(session);
            valley.show(session);
            controls.fitTo(session.experiment().runs().stream().map(r -> r.label()).toList());
        }
        dashboard.refresh(status);
        valley.refresh(status);
    }

    /** Frames the window has handled (one per pulse while it runs). */
    public long framesHandled() {
        return framesHandled;
    }

    /** The window's one frame clock. */
    public FrameClock frameClock() {
        return frames;
    }

    /** How many times any picture of the window has been drawn: a paused window must not add to it. */
    public long framesDrawn() {
        return dashboard.drawCount() + valley.drawCount();
    }

    /** PNG metadata for an export of the current state: preset, seeds, step-size history. */
    public Map<String, String> exportMetadata() {
        var session = vm.controller().session();
        var changes = IntStream.range(0, session.size()).mapToObj(session::stepSizeChanges).toList();
        ControllerStatus status = vm.statusProperty().get();
        return ExportMetadata.of(session.spec(), changes,
                status == null ? 0 : status.minimumIteration());
    }

    /** Presenter view, tour, A/B compare, exports and the other classroom features. */
    public Classroom classroom() {
        return classroom;
    }

    /** Exports of plots, the dashboard and the metrics. */
    ExportActions exports() {
        return exports;
    }

    public Dashboard dashboard() {
        return dashboard;
    }

    public MainViewModel viewModel() {
        return vm;
    }
}
