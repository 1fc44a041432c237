package org.sgdvalley.engine.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sgdvalley.preset.PresetCatalog;

/** Axes: even and log spacing, whole numbers for seeds, positions back and forth. */
class SweepAxisTest {

    @Test
    void aLogAxisSpacesStepSizesEvenlyInDecades() {
        SweepAxis axis = SweepAxis.parse("step_size=0.001:1:4:log");
        assertThat(axis.log()).isTrue();
        assertThat(axis.values()).containsExactly(new double[] {0.001, 0.01, 0.1, 1}, within(1e-15));
        assertThat(axis.position(0.01)).isCloseTo(1, within(1e-12));
        assertThat(axis.valueAt(2.5)).isCloseTo(Math.sqrt(0.1 * 1), within(1e-12));
    }

    @Test
    void aLinearAxisEndsExactlyAtItsEnds() {
        SweepAxis axis = SweepAxis.parse("step_size=0.1:0.35:26");
        assertThat(axis.value(0)).isEqualTo(0.1);
        assertThat(axis.value(25)).isEqualTo(0.35);
        assertThat(axis.value(17)).isCloseTo(0.27, within(1e-12));
        assertThat(axis.toString()).isEqualTo("step_size=0.1:0.35:26");
    }

    @Test
    void seedsAreWholeAndDistinct() {
        assertThat(SweepAxis.parse("sgd_seed=0:9:4").values()).containsExactly(0, 3, 6, 9);
        assertThatThrownBy(() -> SweepAxis.parse("sgd_seed=0:2:5")).hasMessageContaining("whole numbers");
    }

    @Test
    void thePresetsRunsAreOnTheMapAlsoWhereTheirDecayIsWrittenAsAnIteration() {
        var e3 = PresetCatalog.bundled("diag-valley-2d"); // decays at iteration 5000 of 10,001
        SweepSpec sweep = new SweepSpec(e3, 2, SweepAxis.parse("step_size=0.7:1.25:12"),
                SweepAxis.parse("decay_at=0.1:0.9:9"), 1);
        assertThat(sweep.presetPoints()).extracting(SweepSpec.PresetPoint::label)
                .containsExactly("GD eta=3.0", "SGD eta=0.9");
        SweepSpec.PresetPoint sgd = sweep.presetPoints().get(1);
        assertThat(sgd.x()).isEqualTo(0.9);
        assertThat(sgd.y()).isCloseTo(5000.0 / 10001, within(1e-15));
        assertThat(sweep.y().position(sgd.y())).as("in the row of decay_at = 0.5").isCloseTo(4, within(0.5));
    }
}
