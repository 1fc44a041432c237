package org.sgdvalley.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Automatic y ranges: round ends with a margin, never past zero for data on one side of it. */
class AutoRangeTest {

    @Test
    void aCountFromZeroStartsTheAxisAtZero() {
        Range r = AutoRange.y(0, 200, AxisScale.LINEAR); // l0 of beta = 0 at the start, then 200
        assertThat(r.min()).isZero();
        assertThat(r.max()).isGreaterThanOrEqualTo(200);
        Range zeros = AutoRange.y(0, 0, AxisScale.LINEAR); // l0 before the first step
        assertThat(new double[] {zeros.min(), zeros.max()}).containsExactly(0, 1);
    }

    @Test
    void dataBelowZeroKeepsItsMarginAndNegativeDataStopsAtZero() {
        assertThat(AutoRange.y(-3, 10, AxisScale.LINEAR).min()).isLessThan(-3);
        assertThat(AutoRange.y(-10, 0, AxisScale.LINEAR).max()).isZero();
        assertThat(AutoRange.y(50, 200, AxisScale.LINEAR).min()).isBetween(0.0, 50.0);
    }
}
