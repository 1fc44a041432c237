package org.sgdvalley.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Readout numbers: three significant digits, whole numbers whole, never a digit dropped. */
class FormatTest {
    @Test
    void valuesKeepTheirMagnitude() {
        assertThat(Format.value(0.25)).isEqualTo("0.25");
        assertThat(Format.value(0.6000000000000001)).isEqualTo("0.6");
        assertThat(Format.value(0.042)).isEqualTo("0.042");
        assertThat(Format.value(0.0042)).isEqualTo("4.20e-03");
        assertThat(Format.value(1000)).isEqualTo("1000");
        assertThat(Format.value(1200)).isEqualTo("1200");
        assertThat(Format.value(130_000)).isEqualTo("1.30e+05");
        assertThat(Format.value(Double.NaN)).isEqualTo("NaN");
    }
}
