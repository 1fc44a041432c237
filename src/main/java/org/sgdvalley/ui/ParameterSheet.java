package org.sgdvalley.ui;

import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import org.controlsfx.control.PropertySheet;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * The parameter editor: a ControlsFX property sheet whose items are the experiment's
 * {@link Parameter}s. A value out of range is refused with a message naming the field and the
 * allowed range, and the field shows its previous value again.
 */
final class ParameterSheet extends PropertySheet {
    /** The start of a run's field paths: the run and the schedule or optimizer it belongs to. */
    private static final String RUN_PREFIX = "^runs\\[\\d+]\\.(schedule\\.|optimizer\\.)?";
    private final MainViewModel vm;

    ParameterSheet(MainViewModel vm) {
        this.vm = vm;
        setId("parameters");
        setModeSwitcherVisible(false);
        setSearchBoxVisible(false);
        setMode(Mode.CATEGORY);
        vm.presetProperty().addListener((obs, old, spec) -> rebuild(spec));
        rebuild(vm.presetProperty().get());
    }

    private void rebuild(ExperimentSpec spec) {
        if (spec == null) {
            return;
        }
        getItems().setAll(FXCollections.observableArrayList(
                Parameters.of(spec).stream().map(p -> (Item) new ParameterItem(p)).toList()));
    }

    /** One parameter as a property-sheet row, reading and writing through the view model. */
    private final class ParameterItem implements Item {
        private final Parameter parameter;

        ParameterItem(Parameter parameter) {
            this.parameter = parameter;
        }

        @Override
        public Class<?> getType() {
            return parameter.integer() ? Long.class : Double.class;
        }

        @Override
        public String getCategory() {
            return parameter.category();
        }

        /** The field path within its section: a run's section names the run already. */
        @Override
        public String getName() {
            return parameter.name().replaceFirst(RUN_PREFIX, "");
        }

        @Override
        public String getDescription() {
            return parameter.description();
        }

        @Override
        public Object getValue() {
            double v = parameter.value(vm.presetProperty().get());
            return parameter.integer() ? (Object) (long) v : (Object) v;
        }

        @Override
        public void setValue(Object value) {
            if (value instanceof Number n && n.doubleValue() != parameter.value(vm.presetProperty().get())) {
                if (!vm.applyParameter(parameter, n.doubleValue())) {
                    Platform.runLater(() -> rebuild(vm.presetProperty().get()));
                }
            }
        }

        @Override
        public Optional<ObservableValue<?>> getObservableValue() {
            return Optional.empty();
        }
    }
}
