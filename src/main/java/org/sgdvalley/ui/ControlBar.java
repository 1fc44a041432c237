package org.sgdvalley.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.ui.base.Format;
import org.sgdvalley.ui.valley.SliderMark;

/**
 * The run controls: preset chooser, play/pause, one step, reset, speed, the live step-size slider
 * (logarithmic) and the iteration-axis toggle, on two rows: running, and the step size. Each row's
 * groups flow onto more lines when the window is narrow or the text large, so no control is ever cut
 * short.
 */
final class ControlBar extends VBox {
    private static final double VALUE_EMS = 4.5;
    /** Width of the chooser's arrow button and insets, in pixels. */
    private static final double CHOOSER_ARROW = 24;
    private final MainViewModel vm;
    final ComboBox<ExperimentSpec> presets = new ComboBox<>();
    final Button play = new Button("Play");
    final Button step = new Button("Step");
    final Button reset = new Button("Reset");
    final Slider speed = new Slider(0, Speed.MAX_POSITION, Speed.MAX_POSITION);
    final Slider stepSize = new Slider();
    final Label stepSizeValue = new Label() {
        @Override
        protected double computePrefWidth(double height) {
            // room for any value the slider shows, so the controls beside it stay put as it moves
            return Math.max(super.computePrefWidth(height), VALUE_EMS * getFont().getSize());
        }
    };
    final ComboBox<String> focus = new ComboBox<>();
    final CheckBox allRuns = new CheckBox("all runs");
    final ToggleButton logAxis = new ToggleButton("log iterations");
    final SliderMark edgeMark = new SliderMark(stepSize);
    private boolean updatingFromModel;
    private double[] range;

    ControlBar(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().add("control-bar");
        setPadding(new Insets(6, 10, 6, 10));
        setSpacing(6);
        setUpPresets();
        play.setId("play");
        step.setId("step");
        reset.setId("reset");
        stepSize.setId("step-size");
        speed.setId("speed");
        play.textProperty().bind(Bindings.when(vm.playingProperty()).then("Pause").otherwise("Play"));
        play.setOnAction(e -> vm.togglePlay());
        step.setOnAction(e -> vm.stepOnce());
        reset.setOnAction(e -> vm.reset());
        step.setTooltip(new Tooltip("One SGD step of every run (Right arrow)"));
        setUpSpeed();
        setUpStepSize();
        logAxis.selectedProperty().bindBidirectional(vm.logIterationAxisProperty());
        allRuns.selectedProperty().bindBidirectional(vm.stepSizeForAllRunsProperty());
        allRuns.setTooltip(new Tooltip("Move every run's step size by the same factor"));
        Label speedLabel = new Label();
        speedLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Speed.label(speed.getValue()), speed.valueProperty()));
        speedLabel.setMinWidth(110);
        play.getStyleClass().add("next-step");
        getChildren().addAll(
                row(group(new Label("Preset"), presets), group(play, step, reset),
                        group(new Label("Speed"), speed, speedLabel)),
                row(group(new Label("Step size"), edgeMark, stepSizeValue), group(new Label("of"), focus),
                        group(allRuns, logAxis)));
    }

    /** Groups on one line, flowing onto the next when they do not fit. */
    private static FlowPane row(HBox... groups) {
        FlowPane row = new FlowPane(18, 6, groups);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Controls that stay together on one line, each at least as wide as its text. */
    private static HBox group(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        for (Node node : nodes) {
            if (node instanceof Control control && !(node instanceof Slider)) {
                control.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return box;
    }

    private void setUpPresets() {
        presets.getItems().setAll(vm.presets());
        presets.setId("presets");
        presets.setCellFactory(list -> new PresetCell(true));
        showChoice();
        presets.valueProperty().bindBidirectional(vm.presetProperty());
        // an experiment that is not a bundled preset (edited parameters, an A/B comparison) is listed
        // after them while it is the current one, so the chooser names it instead of going blank
        vm.presetProperty().addListener((obs, old, spec) -> {
            presets.getItems().removeIf(p -> p != spec && !vm.presets().contains(p));
            if (spec != null && !presets.getItems().contains(spec)) {
                presets.getItems().add(spec);
                presets.getSelectionModel().select(spec);
                // the skin does not redraw the shown value when only its index changes
                showChoice();
            }
        });
    }

    /**
     * Shows the chosen preset by its title, the chooser as wide as the longest title (its list also
     * names the files, and would make it wider than a small window).
     */
    private void showChoice() {
        PresetCell cell = new PresetCell(false);
        presets.setButtonCell(cell);
        presets.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            Text probe = new Text();
            probe.setFont(cell.getFont());
            double widest = 0;
            for (ExperimentSpec spec : presets.getItems()) {
                probe.setText(spec.title());
                widest = Math.max(widest, probe.getLayoutBounds().getWidth());
            }
            return widest + 3 * cell.getFont().getSize() + CHOOSER_ARROW;
        }, cell.fontProperty(), presets.getItems()));
    }

    private void setUpSpeed() {
        speed.setPrefWidth(180);
        speed.valueProperty().bindBidirectional(vm.speedPositionProperty());
        speed.setTooltip(new Tooltip("From one step a second (watch single bounces) to full speed"));
    }

    private void setUpStepSize() {
        stepSize.setPrefWidth(420);
        stepSize.setShowTickMarks(true);
        stepSize.setShowTickLabels(true);
        stepSize.setMajorTickUnit(1);
        stepSize.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double exponent) {
                return Format.value(Math.pow(10, exponent));
            }

            @Override
            public Double fromString(String s) {
                return Math.log10(Double.parseDouble(s));
            }
        });
        stepSize.setTooltip(new Tooltip("Logarithmic. Changes the step size at the next step (Up/Down keys)"));
        vm.stepSizeProperty().addListener((obs, old, eta) -> showStepSize(eta.doubleValue()));
        // a drag shows its value as it goes and applies once, on release: one gesture, one recorded
        // change (a click on the track or a key press is a gesture of its own)
        stepSize.valueProperty().addListener((obs, old, exponent) -> {
            if (!updatingFromModel) {
                stepSizeValue.setText(Format.value(Math.pow(10, exponent.doubleValue())));
                if (!stepSize.isValueChanging()) {
                    applySliderValue();
                }
            }
        });
        stepSize.valueChangingProperty().addListener((obs, old, changing) -> {
            vm.stepSizeAdjustingProperty().set(changing);
            if (!changing) {
                applySliderValue();
            }
        });
        stepSizeValue.getStyleClass().add("value");
        focus.setId("focus");
        focus.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                vm.focusedRunProperty().set(index.intValue());
            }
        });
        vm.focusedRunProperty().addListener((obs, old, run) -> {
            if (run.intValue() < focus.getItems().size()) {
                focus.getSelectionModel().select(run.intValue());
            }
            fitRange();
        });
    }

    private void applySliderValue() {
        double eta = Math.pow(10, stepSize.getValue());
        if (Math.abs(eta - vm.stepSizeProperty().get()) > 1e-12 * eta) {
            vm.applyStepSize(eta);
        }
    }

    /** Fits the run chooser to a session's runs, and the slider to the focused run. */
    void fitTo(List<String> runLabels) {
        int focused = vm.focusedRunProperty().get(); // replacing the items may move the selection
        focus.getItems().setAll(runLabels);
        focus.getSelectionModel().select(Math.min(focused, runLabels.size() - 1));
        fitRange();
    }

    /**
     * Fits the slider to the focused run: every step size its schedule plans and its live one, with
     * room above (see {@link StepSizeRange}).
     */
    private void fitRange() {
        var session = vm.controller().session();
        if (session == null) {
            return;
        }
        int run = Math.min(vm.focusedRunProperty().get(), session.size() - 1);
        range = StepSizeRange.exponents(session.experiment().runs().get(run).schedule(), vm.stepSizeProperty().get());
        updatingFromModel = true;
        stepSize.setMin(range[0]);
        stepSize.setMax(range[1]);
        updatingFromModel = false;
        showStepSize(vm.stepSizeProperty().get());
    }

    private void showStepSize(double eta) {
        if (!(eta > 0)) {
            return;
        }
        if (range != null && !StepSizeRange.fits(range, eta)) {
            fitRange();
            return;
        }
        updatingFromModel = true;
        stepSize.setValue(Math.log10(eta));
        updatingFromModel = false;
        stepSizeValue.setText(Format.value(eta));
    }

    /** Shows a preset by its title, in the list also by its name. */
    private static final class PresetCell extends ListCell<ExperimentSpec> {
        private final boolean withName;

        PresetCell(boolean withName) {
            this.withName = withName;
        }

        @Override
        protected void updateItem(ExperimentSpec spec, boolean empty) {
            super.updateItem(spec, empty);
            setText(empty || spec == null ? null : withName ? spec.title() + "  (" + spec.name() + ")" : spec.title());
        }
    }
}
