package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sgdvalley.ui.ViewModels.onTestThread;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;

/**
 * Every editable field of every bundled preset, with every kind of bad value: refused with a one-line
 * message naming the field and its allowed range, the experiment untouched, the run not restarted.
 */
class EditableFieldsTest {

    @Test
    void everyFieldRefusesEveryBadValueAndKeepsTheRun() {
        int tried = 0;
        for (String name : PresetCatalog.names()) {
            ExperimentSpec spec = PresetCatalog.bundled(name);
            try (MainViewModel vm = onTestThread(List.of(spec), spec)) {
                for (Parameter p : Parameters.of(spec)) {
                    double lo = p.min().applyAsDouble(spec);
                    double hi = p.max().applyAsDouble(spec);
                    List<Double> bad = new ArrayList<>(List.of(Double.NaN, Double.POSITIVE_INFINITY,
                            Double.NEGATIVE_INFINITY, -1e300, 1e300, lo - 1, hi + 1, Math.nextDown(lo), Math.nextUp(hi)));
                    if (p.integer()) {
                        bad.add(lo + 0.5);
                    }
                    for (double value : bad) {
                        if (!p.integer() && value >= lo && value <= hi) {
                            continue;
                        }
                        tried++;
                        assertThat(vm.applyParameter(p, value)).as("%s %s = %s", name, p.name(), value).isFalse();
                        assertThat(vm.messageProperty().get()).as("%s %s = %s", name, p.name(), value)
                                .startsWith(p.name() + ": must be ").contains(" in [").doesNotContain("\n");
                        assertThat(vm.presetProperty().get()).isSameAs(spec);
                    }
                }
                // a good value still works afterwards
                Parameter seed = Parameters.of(spec).stream().filter(p -> p.name().equals("init_seed")).findFirst()
                        .orElseThrow();
                vm.applyStepSize(Double.NaN);
                assertThat(vm.messageProperty().get()).startsWith("step size: must be");
                assertThat(vm.applyParameter(seed, 7)).isTrue();
                assertThat(vm.presetProperty().get().initSeed()).isEqualTo(7);
            }
        }
        System.out.println("editable fields: " + tried + " bad values refused");
        assertThat(tried).isGreaterThan(100);
    }
}
