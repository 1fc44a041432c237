package org.sgdvalley.ui.classroom;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.ui.plot.PlotTheme;

/**
 * Presenter view: full screen, type twice the normal size in every view, thick lines, no pop-ups under
 * the mouse, the preset's "what to look for" strip under the plots, messages as toasts, and the menus
 * and run controls folded away; the mouse at the top of the screen (or C) brings them back above the
 * tabs.
 */
final class PresenterView {
    /** Height of the strip at the top of the screen that reveals the controls. */
    static final double REVEAL_STRIP = 40;
    /** Style class of the window while presenter view shows the plots alone. */
    static final String PLOTS_ONLY = "plots-only";
    private final ClassroomHost host;
    private final PresenterLayout layout;
    private final BooleanProperty on = new SimpleBooleanProperty(false);
    private final BooleanProperty controlsShown = new SimpleBooleanProperty(false);
    private final VBox controlsOverlay = new VBox();
    private final Label lookFor = new Label();
    private final Toast toast = new Toast();
    private final HoverPopups popups = new HoverPopups();
    /** Presenter view with its controls folded away: kept in a field, as a binding only listened to is collected. */
    private final BooleanBinding plotsOnly = on.and(controlsShown.not());
    private Runnable unfade = () -> { };
    private Node views;
    private PlotTheme savedTheme;
    private boolean controlsByMouse;

    PresenterView(ClassroomHost host) {
        this.host = host;
        this.layout = new PresenterLayout(host.dashboard());
        lookFor.setId("look-for-caption");
        lookFor.getStyleClass().add("caption");
        lookFor.setWrapText(true);
        lookFor.setMaxWidth(Double.MAX_VALUE);
        lookFor.visibleProperty().bind(on);
        lookFor.managedProperty().bind(on);
        controlsOverlay.setId("controls-overlay");
        controlsOverlay.getStyleClass().add("controls-overlay");
        controlsOverlay.setMaxHeight(Region.USE_PREF_SIZE);
        controlsOverlay.visibleProperty().bind(on.and(controlsShown));
        controlsOverlay.managedProperty().bind(controlsOverlay.visibleProperty());
        on.addListener((obs, old, now) -> apply(now));
        // with the controls folded away, the controls inside the views (the sparsity chooser) go too
        plotsOnly.addListener((obs, old, only) -> {
            unfade.run();
            unfade = only && views != null ? InputControls.fade(views) : () -> { };
            // the tabs and the controls inside the views fold away too, leaving no empty rows: at 1280 x 720
            // the plots need that height (D, V and W switch views; the controls bring the tabs back)
            host.root().getStyleClass().remove(PLOTS_ONLY);
            if (only) {
                host.root().getStyleClass().add(PLOTS_ONLY);
            }
            host.showViewControls(!only);
        });
    }

    /** Whether presenter view is on. */
    BooleanProperty onProperty() {
        return on;
    }

    /** Whether the controls overlay is open (it shows only in presenter view). */
    BooleanProperty controlsShownProperty() {
        return controlsShown;
    }

    /** The window's views, whose input controls fold away with the others. */
    void setViews(Node views) {
        this.views = views;
    }

    /** The preset's "what to look for" strip, shown under the plots in presenter view. */
    Label lookForStrip() {
        return lookFor;
    }

    /** The menus and run controls, shown on demand in presenter view above the tabs, never over them. */
    VBox controlsOverlay() {
        return controlsOverlay;
    }

    /** The toast that shows the window's messages in presenter view. */
    Toast toast() {
        return toast;
    }

    /** Shows the preset's strip and, in presenter view, its arrangement of the dashboard. */
    void presetChanged(ExperimentSpec spec) {
        lookFor.setText(spec == null || spec.lookFor() == null ? "" : "Look for: " + spec.lookFor().strip());
        if (on.get()) {
            layout.apply(spec);
        }
    }

    /** Shows a message as a toast, in presenter view only (elsewhere the status bar shows it). */
    void message(String text) {
        if (on.get()) {
            toast.show(text);
        }
    }

    /** Opens or closes the controls overlay (C). */
    void toggleControls() {
        if (on.get()) {
            controlsShown.set(!controlsShown.get());
            controlsByMouse = false;
        }
    }

    /** Leaves presenter view at once, the controls overlay included. */
    void leave() {
        controlsShown.set(false);
        on.set(false);
    }

    /** Opens the controls when the mouse enters the top strip; closes them when it leaves them, if it opened them. */
    void mouseMoved(MouseEvent e) {
        if (!on.get()) {
            return;
        }
        if (e.getY() < REVEAL_STRIP && !controlsShown.get()) {
            controlsShown.set(true);
            controlsByMouse = true;
        } else if (controlsByMouse && controlsShown.get() && e.getY() > controlsOverlay.getHeight() + REVEAL_STRIP) {
            controlsShown.set(false);
            controlsByMouse = false;
        }
    }

    private void apply(boolean presenter) {
        if (presenter) {
            Node controls = host.foldChrome(true);
            if (controls != null) {
                controlsOverlay.getChildren().setAll(controls);
            }
            controlsShown.set(false);
            controlsByMouse = false;
            savedTheme = host.plotTheme();
            host.setPlotTheme(PlotTheme.PRESENTATION);
            layout.apply(host.runs().presetProperty().get());
            host.root().getStyleClass().add("presenter");
            popups.off(host.root());
        } else {
            popups.restore();
            controlsOverlay.getChildren().clear();
            host.foldChrome(false);
            if (savedTheme != null) {
                host.setPlotTheme(savedTheme);
            }
            layout.restore();
            host.root().getStyleClass().remove("presenter");
        }
        fullScreen(presenter);
    }

    private void fullScreen(boolean presenter) {
        if (host.root().getScene() != null && host.root().getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(presenter);
        }
    }
}
