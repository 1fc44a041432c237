package org.sgdvalley.ui.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * The classroom layer of the main window. It puts its parts together, each with one job: the
 * {@link PresenterView}, the {@link TourBar}, the {@link HelpOverlay}, {@link Recording} animations, the
 * quick {@link DashboardPng}, the {@link MetricDefinitions} and the {@link EventAnnotations}; bookmarks
 * and A/B compare are the runs' own actions. It wraps the window's centre in a stack that holds its
 * overlays, so the rest of the window stays as it is, and sees the window only through its
 * {@link ClassroomHost}.
 */
public final class Classroom implements ClassroomActions {
    private final ClassroomHost host;
    private final LessonRuns runs;
    private final List<RecordableView> recordables = new ArrayList<>();
    private final HelpOverlay help = new HelpOverlay();
    private final GuidedTour tour;
    private final TourBar tourBar;
    private final PresenterView presenter;
    private final Recording recording;
    private final DashboardPng png;
    private final MetricDefinitions definitions;
    private final EventAnnotations annotations;
    private Runnable unsubscribe = () -> { };

    /** A classroom layer for the window {@code host}; nothing is touched until {@link #install()}. */
    public Classroom(ClassroomHost host) {
        this.host = Objects.requireNonNull(host);
        this.runs = host.runs();
        tour = new GuidedTour(runs.presets().stream().map(ExperimentSpec::name).toList());
        tourBar = new TourBar(tour, runs, host::showView);
        presenter = new PresenterView(host);
        recording = new Recording(host);
        png = new DashboardPng(host);
        definitions = new MetricDefinitions(host.dashboard());
        annotations = new EventAnnotations(host.dashboard(), () -> runs.focusedRunProperty().get());
        // after presenter view's own listener: the plots' definitions stay off while it is on
        presenter.onProperty().addListener((obs, old, on) -> definitions.showTooltips(!on));
        recordables.add(new RecordableView("Dashboard", host.dashboard().grid()));
    }

    /** The Classroom menu, for the window's menu bar. */
    public Menu menu() {
        CheckMenuItem presenterItem = new CheckMenuItem("Presenter view (F)");
        presenterItem.selectedProperty().bindBidirectional(presenter.onProperty());
        presenterItem.setId("presenter-item");
        Menu menu = new Menu("Classroom", null, presenterItem,
                item("A/B compare this run (A)", this::compare),
                item("Guided tour (T)", this::toggleTour),
                item("Bookmark the current state (B)", this::bookmark),
                item("Jump back to the bookmark (J)", this::jumpToBookmark),
                item("Go back to the runs replaced last (U)", runs::restoreKept),
                item("Save dashboard as PNG (S)", this::saveDashboard),
                item("Record animation...", () -> recording.recordWithDialog(recordables)),
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
        Label metrics = new Label("What the plots measure (hover for the formula):");
        metrics.setWrapText(true);
        VBox box = new VBox(8, new HBox(6, presenterButton, compareButton), new HBox(6, tourButton, helpButton),
                metrics, definitions.glossary());
        box.setPadding(new Insets(6));
        TitledPane pane = new TitledPane("Classroom", box);
        pane.setId("classroom-pane");
        return pane;
    }

    /** Wraps the window's centre with the overlays and starts listening; call once, at the end of setup. */
    public void install() {
        Node views = host.center();
        if (views instanceof Region region) {
            // the views follow the window: one view wider than the screen at presenter type is cut, not all
            region.setMinSize(0, 0);
        }
        presenter.setViews(views);
        BorderPane content = new BorderPane(views);
        content.setTop(presenter.controlsOverlay());
        content.setBottom(new VBox(tourBar, presenter.lookForStrip()));
        StackPane stack = new StackPane(content, recording.progressBox(), presenter.toast(), help);
        // the window decides the size: the overlays, hidden or not, never push the plots off screen
        stack.setMinSize(0, 0);
        content.setMinSize(0, 0);
        StackPane.setAlignment(recording.progressBox(), Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(presenter.toast(), Pos.BOTTOM_CENTER);
        StackPane.setMargin(recording.progressBox(), new Insets(12));
        StackPane.setMargin(presenter.toast(), new Insets(0, 0, 90, 0));
        stack.addEventFilter(MouseEvent.MOUSE_MOVED, presenter::mouseMoved);
        host.setCenter(stack);
        host.root().getStylesheets().add(Objects.requireNonNull(
                Classroom.class.getResource("classroom.css")).toExternalForm());
        runs.presetProperty().addListener((obs, old, spec) -> presetChanged(spec));
        runs.messageProperty().addListener((obs, old, text) -> presenter.message(text));
        host.dashboard().sparsityMetricProperty().addListener((obs, old, metric) -> definitions.describe(null));
        presetChanged(runs.presetProperty().get());
        unsubscribe = host.frameClock().subscribe(
                () -> annotations.refresh(runs.controller().session(), runs.statusProperty().get()));
    }

    private void presetChanged(ExperimentSpec spec) {
        presenter.presetChanged(spec);
        tourBar.follow(spec);
        definitions.describe(spec);
    }

    /** Makes another view (a valley view, say) available for recording. */
    public void addRecordable(RecordableView recordable) {
        recordables.add(recordable);
    }

    /** The views that can be recorded, the dashboard first. */
    public List<RecordableView> recordables() {
        return List.copyOf(recordables);
    }

    /**
     * Applies the start options: presenter view, and a recording after which {@code exit} gets the exit
     * code; a recording that could not be written is reported to the options' error line first.
     */
    public void begin(StartOptions options, IntConsumer exit) {
        if (options.presenter()) {
            presenter.onProperty().set(true);
        }
        if (options.recording() != null) {
            // records the view the window opened on (gui --view), once the first experiment is built
            RecordableView shown = recordables.get(Math.min(host.shownView(), recordables.size() - 1));
            whenFirstExperimentBuilt(() -> record(shown, options.recording(), error -> {
                if (error != null) {
                    options.errors().accept("error: --record: " + error);
                }
                exit.accept(error == null ? 0 : 2); // the recording could not be written: like run's --out
            }));
        }
    }

    /** Runs {@code action} now if the trainer has built its first experiment, else as soon as it has. */
    private void whenFirstExperimentBuilt(Runnable action) {
        if (runs.statusProperty().get() != null) {
            action.run();
            return;
        }
        runs.statusProperty().addListener(new ChangeListener<ControllerStatus>() {
            @Override
            public void changed(ObservableValue<? extends ControllerStatus> obs, ControllerStatus old,
                                ControllerStatus now) {
                if (now != null) {
                    obs.removeListener(this);
                    action.run();
                }
            }
        });
    }

    /** Stops following the frame clock and any recording. */
    public void stop() {
        unsubscribe.run();
        recording.cancel();
    }

    /** Presenter view: full screen, large type, thick lines, the controls folded into an overlay. */
    public BooleanProperty presenterProperty() {
        return presenter.onProperty();
    }

    /** Whether the controls overlay is open (it shows only in presenter view). */
    public BooleanProperty controlsShownProperty() {
        return presenter.controlsShownProperty();
    }

    /** Whether the help overlay is showing. */
    public boolean helpShowing() {
        return help.isVisible();
    }

    /** The guided tour's stops and position. */
    public GuidedTour tour() {
        return tour;
    }

    /**
     * Records {@code what} as an animation in the background, with a progress bar and a Cancel button.
     *
     * @param done gets null on success, else a one-line error (on the JavaFX thread)
     */
    public void record(RecordableView what, RecordingSpec spec, Consumer<String> done) {
        recording.record(what, spec, done);
    }

    /** The recorder of the last recording, or null. */
    public AnimationRecorder recorder() {
        return recording.recorder();
    }

    @Override
    public void togglePresenter() {
        presenter.onProperty().set(!presenter.onProperty().get());
    }

    @Override
    public void toggleControls() {
        presenter.toggleControls();
    }

    @Override
    public void toggleHelp() {
        help.setVisible(!help.isVisible());
    }

    @Override
    public boolean escape() {
        if (help.isVisible()) {
            help.setVisible(false);
        } else if (presenter.onProperty().get()) {
            presenter.leave();
        } else if (tour.active()) {
            tour.end();
        } else {
            return false;
        }
        return true;
    }

    @Override
    public void bookmark() {
        runs.bookmark();
    }

    @Override
    public void jumpToBookmark() {
        runs.jumpToBookmark();
    }

    @Override
    public void compare() {
        runs.compare();
    }

    @Override
    public void toggleTour() {
        tourBar.toggle();
    }

    @Override
    public void tourStep(int delta) {
        tourBar.move(delta);
    }

    @Override
    public void showView(String name) {
        host.showView(name);
    }

    @Override
    public void saveDashboard() {
        png.save();
    }
}
