package org.sgdvalley.ui.classroom;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * The guided tour on screen: a bar under the plots with the stop's number, what to tell the class and
 * Previous / Next / End. Each stop opens its preset and the view it is told on; it shows only while the
 * tour is on.
 */
final class TourBar extends HBox {
    private final GuidedTour tour;
    private final LessonRuns runs;
    private final Consumer<String> showView;
    private final Label step = new Label();
    private final Label text = new Label();

    /** A bar for {@code tour} over {@code runs}; {@code showView} opens a view by name. */
    TourBar(GuidedTour tour, LessonRuns runs, Consumer<String> showView) {
        super(14);
        this.tour = tour;
        this.runs = runs;
        this.showView = showView;
        Button previous = new Button("\u25C0 Previous");
        Button next = new Button("Next \u25B6");
        Button end = new Button("End tour");
        previous.setOnAction(e -> move(-1));
        next.setOnAction(e -> move(1));
        end.setOnAction(e -> tour.end());
        previous.setId("tour-previous");
        next.setId("tour-next");
        text.setWrapText(true);
        text.setId("tour-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        step.getStyleClass().add("tour-step");
        for (Control c : List.of(previous, next, end, step)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().setAll(step, text, previous, next, end);
        setId("tour-bar");
        getStyleClass().add("tour-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(8, 14, 8, 14));
        visibleProperty().bind(tour.indexProperty().greaterThanOrEqualTo(0));
        managedProperty().bind(visibleProperty());
    }

    /** Starts the tour at its first stop, or ends it. */
    void toggle() {
        if (tour.active()) {
            tour.end();
        } else {
            move(0);
        }
    }

    /** Moves by {@code delta} stops (starting the tour if needed) and opens the stop's preset and view. */
    void move(int delta) {
        GuidedTour.Stop stop = tour.move(delta);
        if (stop == null) {
            return;
        }
        runs.presets().stream().filter(p -> p.name().equals(stop.preset())).findFirst()
                .ifPresent(spec -> {
                    if (runs.presetProperty().get() != spec) {
                        runs.presetProperty().set(spec);
                    }
                });
        showView.accept(stop.view());
        showStop();
    }

    /** Follows a preset opened some other way: the tour moves to its stop or ends. */
    void follow(ExperimentSpec spec) {
        tour.follow(spec == null ? "" : spec.name());
        showStop();
    }

    private void showStop() {
        GuidedTour.Stop stop = tour.current();
        if (stop != null) {
            step.setText("Tour " + (tour.indexProperty().get() + 1) + " / " + tour.stops().size());
            text.setText(stop.say());
        }
    }
}
