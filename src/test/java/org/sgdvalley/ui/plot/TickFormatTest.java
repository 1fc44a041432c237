package org.sgdvalley.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TickFormatTest {

    @Test
    void plainDecimalsFollowTheStep() {
        assertThat(TickFormat.format(0, 0.2)).isEqualTo("0");
        assertThat(TickFormat.format(0.6000000000000001, 0.2)).isEqualTo("0.6");
        assertThat(TickFormat.format(2.5, 0.5)).isEqualTo("2.5");
        assertThat(TickFormat.format(800, 200)).isEqualTo("800");
        assertThat(TickFormat.format(-0.05, 0.05)).isEqualTo("-0.05");
        assertThat(TickFormat.format(1e-17, 0.1)).isEqualTo("0");
    }

    @Test
    void largeValuesGetSuffixes() {
        assertThat(TickFormat.format(10_000, 10_000)).isEqualTo("10k");
        assertThat(TickFormat.format(12_500, 2_500)).isEqualTo("12.5k");
        assertThat(TickFormat.format(2_500_000, 500_000)).isEqualTo("2.5M");
        assertThat(TickFormat.format(3e9, 1e9)).isEqualTo("3G");
    }

    @Test
    void tinyAndHugeValuesUseExponents() {
        assertThat(TickFormat.format(1e-3, 1e-3)).isEqualTo("0.001");
        assertThat(TickFormat.format(1e-4, 1e-4)).isEqualTo("1e-4");
        assertThat(TickFormat.format(2.5e-5, 5e-6)).isEqualTo("2.5e-5");
        assertThat(TickFormat.format(-3e-7, 1e-7)).isEqualTo("-3e-7");
        assertThat(TickFormat.format(1e13, 1e13)).isEqualTo("1e13");
    }

    @Test
    void readoutPrecisionKeepsFourDigits() {
        assertThat(TickFormat.format(0.123456, 1e-4)).isEqualTo("0.1235");
        assertThat(TickFormat.format(12_345, 10)).isEqualTo("12345");
        assertThat(TickFormat.format(5000, 5000)).isEqualTo("5k");
        assertThat(TickFormat.format(1200, 200)).isEqualTo("1200");
    }
}
