package org.sgdvalley.ui.classroom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.export.PngExporter;
import org.sgdvalley.ui.Dashboard;
import org.sgdvalley.ui.MainView;
import org.sgdvalley.ui.MainViewModel;
import org.sgdvalley.ui.plot.PlotTheme;

/**
 * The classroom layer of the main window: presenter view, help overlay, guided tour, A/B compare,
 * bookmarks, quick PNG export, animation recording, metric definitions and event annotations. It wraps
 * the window's centre in a stack that holds its overlays, so the rest of the window stays as it is.
 */
public final class Classroom implements ClassroomActions {
    /** Height of the strip at the top of the screen that reveals the controls in presenter view. */
    static final double REVEAL_STRIP = 40;
    private final MainView view;
    private final BooleanProperty presenter = new SimpleBooleanProperty(false);
    private final BooleanProperty controlsShown = new SimpleBooleanProperty(false);
    private final VBox controlsOverlay = new VBox();
    private final HelpOverlay help = new HelpOverlay();
    private final Label caption = new Label();
    private final Label tourText = new Label();
    private final Label tourStep = new Label();
    private final HBox tourBar;
    private final Label toast = new Label();
    private final PauseTransition toastTimer = new PauseTransition(Duration.seconds(4));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final HBox progressBox;
    private final VBox glossary = new VBox(6);
    private final List<RecordableView> recordables = new ArrayList<>();
    private final AnimationTimer frames;
    private GuidedTour tour;
    private EventAnnotations annotations;
    private PresenterLayout layout;
    private AnimationRecorder recorder;
    private Node savedTop;
    private Node savedLeft;
    private Node savedBottom;
    private PlotTheme savedTheme;
    private boolean controlsByMouse;

    /** A classroom layer for {@code view}; nothing is touched until {@link #install()}. */
    public Classroom(MainView view) {
        this.view = Objects.requireNonNull(view);
        Button previous = new Button("\u25C0 Previous");
        Button next = new Button("Next \u25B6");
        Button end = new Button("End tour");
        previous.setOnAction(e -> tourStep(-1));
        next.setOnAction(e -> tourStep(1));
        end.setOnAction(e -> endTour());
        previous.setId("tour-previous");
        next.setId("tour-next");
        tourText.setWrapText(true);
        tourText.setId("tour-text");
        HBox.setHgrow(tourText, Priority.ALWAYS);
        tourStep.getStyleClass().add("tour-step");
        for (javafx.scene.control.Control c : List.of(previous, next, end, tourStep)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        tourBar = new HBox(14, tourStep, tourText, previous, next, end);
        tourBar.setId("tour-bar");
        tourBar.getStyleClass().add("tour-bar");
        tourBar.setAlignment(Pos.CENTER_LEFT);
        tourBar.setPadding(new Insets(8, 14, 8, 14));
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> {
            if (recorder != null) {
                recorder.cancel();
            }
        });
        progress.setId("record-progress");
        progress.setPrefWidth(220);
        progressBox = new HBox(10, progressText, progress, cancel);
        progressBox.getStyleClass().add("progress-box");
        progressBox.setAlignment(Pos.CENTER_LEFT);
        progressBox.setPadding(new Insets(8, 12, 8, 12));
        progressBox.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        progressBox.setVisible(false);
        frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame();
            }
        };
    }

    /** The Classroom menu, for the window's menu bar. */
    public Menu menu() {
        CheckMenuItem presenterItem = new CheckMenuItem("Presenter view (F)");
        presenterItem.selectedProperty().bindBidirectional(presenter);
        presenterItem.setId("presenter-item");
        presenter.addListener((obs, old, on) -> applyPresenter(on));
        Menu menu = new Menu("Classroom", null, presenterItem,
                item("A/B compare this run (A)", this::compare),
                item("Guided tour (T)", this::toggleTour),
                item("Bookmark the current state (B)", this::bookmark),
                item("Jump back to the bookmark (J)", this::jumpToBookmark),
                item("Go back to the runs replaced last (U)", () -> view.viewModel().restoreKept()),
                item("Save dashboard as PNG (S)", this::saveDashboard),
                item("Record animation...", this::recordWithDialog),
                item("Keyboard shortcuts (F1)", this::toggleHelp));
        menu.setId("classroom-menu");
        return menu;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** The side panel's "Classroom" section: buttons for the main actions and every metric's definition. */
    public TitledPane sidePane() {
        Button presenterButton = new Button("Presenter view (F)");
        presenterButton.setOnAction(e -> togglePresenter());
        Button compareButton = new Button("A/B compare (A)");
        compareButton.setId("compare");
        compareButton.setOnAction(e -> compare());
        compareButton.setTooltip(new Tooltip("Turns the chosen run into side A and starts side B with a contrasting "
                + "step size: same data, same initialization, same minibatches"));
        Button tourButton = new Button("Guided tour (T)");
        tourButton.setOnAction(e -> toggleTour());
        Button helpButton = new Button("Shortcuts (F1)");
        helpButton.setOnAction(e -> toggleHelp());
        HBox row1 = new HBox(6, presenterButton, compareButton);
        HBox row2 = new HBox(6, tourButton, helpButton);
        Label metrics = new Label("What the plots measure (hover for the formula):");
        metrics.setWrapText(true);
        VBox box = new VBox(8, row1, row2, metrics, glossary);
        box.setPadding(new Insets(6));
        TitledPane pane = new TitledPane("Classroom", box);
        pane.setId("classroom-pane");
        return pane;
    }

    /** Wraps the window's centre with the overlays and starts listening; call once, at the end of setup. */
    public void install() {
        Dashboard dashboard = view.dashboard();
        MainViewModel vm = view.viewModel();
        tour = new GuidedTour(vm.presets().stream().map(ExperimentSpec::name).toList());
        annotations = new EventAnnotations(dashboard.plots(), () -> vm.focusedRunProperty().get());
        layout = new PresenterLayout(dashboard);
        recordables.add(0, new RecordableView("Dashboard", dashboard));
        caption.setId("look-for-caption");
        caption.getStyleClass().add("caption");
        caption.setWrapText(true);
        caption.setMaxWidth(Double.MAX_VALUE);
        caption.visibleProperty().bind(presenter);
        caption.managedProperty().bind(presenter);
        tourBar.visibleProperty().bind(tour.indexProperty().greaterThanOrEqualTo(0));
        tourBar.managedProperty().bind(tourBar.visibleProperty());
        BorderPane content = new BorderPane(view.getCenter());
        content.setBottom(new VBox(tourBar, caption));
        controlsOverlay.setId("controls-overlay");
        controlsOverlay.getStyleClass().add("controls-overlay");
        controlsOverlay.setMaxHeight(Region.USE_PREF_SIZE);
        controlsOverlay.visibleProperty().bind(presenter.and(controlsShown));
        toast.setId("toast");
        toast.getStyleClass().add("toast");
        toast.setVisible(false);
        toast.setMouseTransparent(true);
        toastTimer.setOnFinished(e -> toast.setVisible(false));
        StackPane stack = new StackPane(content, controlsOverlay, progressBox, toast, help);
        StackPane.setAlignment(controlsOverlay, Pos.TOP_CENTER);
        StackPane.setAlignment(progressBox, Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(toast, Pos.BOTTOM_CENTER);
        StackPane.setMargin(progressBox, new Insets(12));
        StackPane.setMargin(toast, new Insets(0, 0, 90, 0));
        stack.addEventFilter(MouseEvent.MOUSE_MOVED, this::mouseMoved);
        view.setCenter(stack);
        view.getStylesheets().add(Objects.requireNonNull(
                Classroom.class.getResource("classroom.css")).toExternalForm());
        vm.presetProperty().addListener((obs, old, spec) -> presetChanged(spec));
        vm.messageProperty().addListener((obs, old, text) -> showToast(text));
        dashboard.plots().sparsityMetricProperty().addListener((obs, old, metric) -> describeMetrics());
        presetChanged(vm.presetProperty().get());
        frames.start();
    }

    /** Makes another view (a valley view, say) available for recording. */
    public void addRecordable(RecordableView recordable) {
        recordables.add(recordable);
    }

    /** The views that can be recorded, the dashboard first. */
    public List<RecordableView> recordables() {
        return List.copyOf(recordables);
    }

    /** Applies the start options: presenter view, and a recording after which {@code exit} gets the exit code. */
    public void begin(StartOptions options, IntConsumer exit) {
        if (options.presenter()) {
            presenter.set(true);
        }
        if (options.recording() != null) {
            // records the view the window opened on (gui --view)
            RecordableView shown = recordables.get(Math.min(view.selectedView(), recordables.size() - 1));
            record(shown, options.recording(), error -> {
                if (error != null) {
                    System.err.println("error: --record: " + error);
                }
                exit.accept(error == null ? 0 : 2); // the recording could not be written: like run's --out
            });
        }
    }

    /** Stops the frame loop and any recording. */
    public void stop() {
        frames.stop();
        if (recorder != null) {
            recorder.cancel();
        }
    }

    private void frame() {
        var status = view.viewModel().statusProperty().get();
        var session = view.viewModel().controller().session();
        annotations.refresh(session, status);
    }

    private void presetChanged(ExperimentSpec spec) {
        caption.setText(spec == null || spec.lookFor() == null ? "" : "Look for: " + spec.lookFor().strip());
        tour.follow(spec == null ? "" : spec.name());
        showTourStop();
        if (presenter.get()) {
            layout.apply(spec);
        }
        describeMetrics();
    }

    /** Fills the glossary with the current preset's metrics and puts the definitions on the plots as tooltips. */
    private void describeMetrics() {
        ExperimentSpec spec = view.viewModel().presetProperty().get();
        if (spec == null) {
            return;
        }
        glossary.getChildren().clear();
        List<String> names = new ArrayList<>(spec.metrics());
        names.add("step_size");
        StringBuilder lossTip = new StringBuilder();
        for (String name : names) {
            MetricGlossary.Definition d = MetricGlossary.of(name);
            if (d == null) {
                continue;
            }
            Label label = new Label(d.title() + ": " + d.plain());
            label.setWrapText(true);
            label.getStyleClass().add("glossary-entry");
            label.setTooltip(tooltip(d.text()));
            glossary.getChildren().add(label);
            if (name.endsWith("_loss")) {
                lossTip.append(lossTip.isEmpty() ? "" : "\n\n").append(d.text());
            }
        }
        Dashboard dashboard = view.dashboard();
        Tooltip.install(dashboard.views().get(0), tooltip(lossTip.toString()));
        Tooltip.install(dashboard.views().get(1), tooltip(MetricGlossary.of("step_size").text()));
        MetricGlossary.Definition sparsity = MetricGlossary.of(dashboard.plots().sparsityMetricProperty().get());
        if (sparsity != null) {
            Tooltip.install(dashboard.views().get(2), tooltip(sparsity.text()));
        }
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(520);
        t.setShowDelay(Duration.millis(700));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }

    private void showToast(String text) {
        if (text == null || text.isBlank() || !presenter.get()) {
            return;
        }
        toast.setText(text);
        toast.setVisible(true);
        toastTimer.playFromStart();
    }

    private void mouseMoved(MouseEvent e) {
        if (!presenter.get()) {
            return;
        }
        if (e.getY() < REVEAL_STRIP && !controlsShown.get()) {
            controlsShown.set(true);
            controlsByMouse = true;
        } else if (controlsByMouse && controlsShown.get()
                && e.getY() > controlsOverlay.getHeight() + REVEAL_STRIP) {
            controlsShown.set(false);
            controlsByMouse = false;
        }
    }

    // ---- presenter view

    /** Presenter view: full screen, large type, thick lines, the controls folded into an overlay. */
    public BooleanProperty presenterProperty() {
        return presenter;
    }

    /** Whether the controls overlay is open (it shows only in presenter view). */
    public BooleanProperty controlsShownProperty() {
        return controlsShown;
    }

    /** Whether the help overlay is showing. */
    public boolean helpShowing() {
        return help.isVisible();
    }

    public GuidedTour tour() {
        return tour;
    }

    private void applyPresenter(boolean on) {
        Dashboard dashboard = view.dashboard();
        if (on) {
            savedTop = view.getTop();
            savedLeft = view.getLeft();
            savedBottom = view.getBottom();
            view.setTop(null);
            view.setLeft(null);
            view.setBottom(null);
            if (savedTop != null) {
                controlsOverlay.getChildren().setAll(savedTop);
            }
            controlsShown.set(false);
            controlsByMouse = false;
            savedTheme = dashboard.plots().loss().themeProperty().get();
            dashboard.setTheme(PlotTheme.PRESENTATION);
            layout.apply(view.viewModel().presetProperty().get());
            view.getStyleClass().add("presenter");
        } else {
            controlsOverlay.getChildren().clear();
            view.setTop(savedTop);
            view.setLeft(savedLeft);
            view.setBottom(savedBottom);
            if (savedTheme != null) {
                dashboard.setTheme(savedTheme);
            }
            layout.restore();
            view.getStyleClass().remove("presenter");
        }
        fullScreen(on);
    }

    private void fullScreen(boolean on) {
        if (view.getScene() != null && view.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(on);
        }
    }

    @Override
    public void togglePresenter() {
        presenter.set(!presenter.get());
    }

    @Override
    public void toggleControls() {
        if (presenter.get()) {
            controlsShown.set(!controlsShown.get());
            controlsByMouse = false;
        }
    }

    @Override
    public void toggleHelp() {
        help.setVisible(!help.isVisible());
    }

    @Override
    public boolean escape() {
        if (help.isVisible()) {
            help.setVisible(false);
        } else if (presenter.get()) {
            // one press leaves presenter view, the controls overlay (opened with C) included
            controlsShown.set(false);
            presenter.set(false);
        } else if (tour.active()) {
            endTour();
        } else {
            return false;
        }
        return true;
    }

    // ---- run actions

    @Override
    public void bookmark() {
        view.viewModel().bookmark();
    }

    @Override
    public void jumpToBookmark() {
        view.viewModel().jumpToBookmark();
    }

    @Override
    public void compare() {
        view.viewModel().compare();
    }

    @Override
    public void toggleTour() {
        if (tour.active()) {
            endTour();
        } else {
            tourStep(0);
        }
    }

    private void endTour() {
        tour.end();
    }

    @Override
    public void tourStep(int delta) {
        GuidedTour.Stop stop = tour.move(delta);
        if (stop == null) {
            return;
        }
        MainViewModel vm = view.viewModel();
        vm.presets().stream().filter(p -> p.name().equals(stop.preset())).findFirst()
                .ifPresent(spec -> {
                    if (vm.presetProperty().get() != spec) {
                        vm.presetProperty().set(spec);
                    }
                });
        view.selectView(stop.view());
        showTourStop();
    }

    private void showTourStop() {
        GuidedTour.Stop stop = tour.current();
        if (stop != null) {
            tourStep.setText("Tour " + (tour.indexProperty().get() + 1) + " / " + tour.stops().size());
            tourText.setText(stop.say());
        }
    }

    // ---- exports

    @Override
    public void saveDashboard() {
        MainViewModel vm = view.viewModel();
        try {
            var image = PngExporter.snapshot(view.dashboard(), 1);
            var metadata = view.exportMetadata();
            Path dir = ExportFolder.folder();
            String stem = vm.presetProperty().get().name().replace(" (A/B)", "-ab");
            Thread writer = new Thread(() -> {
                try {
                    Path file = writeNumbered(dir, stem, image, metadata);
                    javafx.application.Platform.runLater(() -> vm.showMessage("Saved " + file));
                } catch (IOException | RuntimeException e) {
                    javafx.application.Platform.runLater(() -> vm.showMessage("Cannot save the PNG: " + e.getMessage()));
                }
            }, "sgd-png-export");
            writer.setDaemon(true);
            writer.start();
        } catch (IOException | RuntimeException e) {
            vm.showMessage("Cannot save the PNG: " + e.getMessage());
        }
    }

    private static Path writeNumbered(Path dir, String stem, javafx.scene.image.Image image,
                                      java.util.Map<String, String> metadata) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path file = ExportFolder.nextFree(dir, stem, "png");
            try {
                PngExporter.write(image, metadata, file, false);
                return file;
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                if (attempt > 100) {
                    throw raced;
                }
            }
        }
    }

    private void recordWithDialog() {
        RecordDialog.ask(view, recordables, view.viewModel().presetProperty().get())
                .ifPresent(choice -> record(choice.view(), choice.spec(), error -> view.viewModel().showMessage(
                        error == null ? "Animation saved: " + choice.spec().target() : "Animation not saved: " + error)));
    }

    /**
     * Records {@code what} as an animation in the background, with a progress bar and a Cancel button.
     *
     * @param done gets null on success, else a one-line error (on the JavaFX thread)
     */
    public void record(RecordableView what, RecordingSpec spec, java.util.function.Consumer<String> done) {
        if (recorder != null && recorder.runningProperty().get()) {
            done.accept("a recording is already running");
            return;
        }
        PlotTheme theme = view.dashboard().plots().loss().themeProperty().get();
        recorder = new AnimationRecorder(view.viewModel().controller(), what.node(), spec, view.exportMetadata(),
                theme.background());
        progress.progressProperty().bind(recorder.progressProperty());
        progressText.textProperty().bind(Bindings.createStringBinding(() -> String.format("Recording %s: %d / %d frames",
                spec.target().getFileName(), Math.round(recorder.progressProperty().get() * spec.frames()), spec.frames()),
                recorder.progressProperty()));
        progressBox.visibleProperty().bind(recorder.runningProperty());
        String kept = view.viewModel().keepRuns(); // the recording restarts every run from its initialization
        if (!kept.isEmpty()) {
            view.viewModel().showMessage(kept);
        }
        try {
            recorder.start(done);
        } catch (IOException | RuntimeException e) {
            progressBox.visibleProperty().unbind();
            progressBox.setVisible(false);
            done.accept(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The recorder of the last recording, or null. */
    public AnimationRecorder recorder() {
        return recorder;
    }
}
