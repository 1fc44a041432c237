package org.sgdvalley.engine.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

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
}
