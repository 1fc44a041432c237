package org.sgdvalley.ui;

import org.sgdvalley.ui.base.Format;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * One editable setting of an experiment with its allowed range, which may depend on the rest of the
 * experiment (batch size at most n, k at most d).
 *
 * @param category section of the editor (Data, Model, Training, a run's label)
 * @param name     the field path shown to the user, as in preset files
 * @param integer  whether only whole numbers are allowed
 */
public record Parameter(String category, String name, String description, boolean integer,
                        ToDoubleFunction<ExperimentSpec> min, ToDoubleFunction<ExperimentSpec> max,
                        ToDoubleFunction<ExperimentSpec> get, BiFunction<ExperimentSpec, Double, ExperimentSpec> set) {

    /**
     * The experiment with this parameter set to {@code value}, or an exception whose one-line message
     * names the field and the allowed range. The given experiment is never changed.
     */
    public ExperimentSpec apply(ExperimentSpec spec, double value) {
        double lo = min.applyAsDouble(spec);
        double hi = max.applyAsDouble(spec);
        boolean whole = !integer || value == Math.rint(value);
        if (!Double.isFinite(value) || value < lo || value > hi || !whole) {
            throw new IllegalArgumentException(String.format("%s: must be %s in [%s, %s], got %s", name,
                    integer ? "an integer" : "a number", Format.value(lo), Format.value(hi), Format.value(value)));
        }
        return set.apply(spec, value);
    }

    /** The current value in {@code spec}. */
    public double value(ExperimentSpec spec) {
        return get.applyAsDouble(spec);
    }
}
