package org.sgdvalley.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepSizeScheduleTest {

    @Test
    void constantStaysPut() {
        StepSizeSchedule s = ScheduleSpec.constant(0.25).resolve(100_001);
        assertThat(s.at(0)).isEqualTo(0.25);
        assertThat(s.at(100_000)).isEqualTo(0.25);
    }

    @Test
    void piecewiseDividesAtFractionAndIteration() {
        StepSizeSchedule s = ScheduleSpec.piecewise(0.282,
                List.of(DecaySpec.atFraction(0.1, 4.8), DecaySpec.atIteration(50_000, 2))).resolve(100_001);
        assertThat(s.at(10_000 - 1)).isEqualTo(0.282);
        assertThat(s.at(10_000)).isCloseTo(0.282 / 4.8, within(1e-15));
        assertThat(s.at(50_000)).isCloseTo(0.282 / 4.8 / 2, within(1e-15));
        assertThat(s.decayIterations()).containsExactly(10_000, 50_000);
    }

    @Test
    void paperLinearWarmupPeaksThenDivides() {
        // E4 run 2: eta = 2e-4, F = 200, s = 0.5, D = 3: peak 0.0201 at step sT
        long total = 31_623;
        ScheduleSpec spec = new ScheduleSpec(ScheduleSpec.Shape.LINEAR_WARMUP, 2e-4,
                List.of(DecaySpec.atFraction(0.5, 3)), 200, 1, Double.NaN);
        StepSizeSchedule s = spec.resolve(total);
        long end = (long) Math.floor(0.5 * total);
        assertThat(s.at(0)).isEqualTo(2e-4);
        assertThat(s.at(end - 1)).isCloseTo(2e-4 * (1 + 199.0 * (end - 1) / total), within(1e-12));
        assertThat(s.at(end)).isCloseTo(2e-4 * (1 + 199.0 * end / total) / 3, within(1e-12));
        assertThat(2e-4 * (1 + 199.0 * end / total)).isCloseTo(0.0201, within(1e-5));
    }

    @Test
    void powerWarmupFollowsSquareRoot() {
        ScheduleSpec spec = new ScheduleSpec(ScheduleSpec.Shape.POWER_WARMUP, 0.04,
                List.of(DecaySpec.atFraction(0.5, 5)), 5, 0.5, Double.NaN);
        StepSizeSchedule s = spec.resolve(10_000);
        assertThat(s.at(2_500)).isCloseTo(0.04 * (1 + 5 * 0.5), within(1e-12));
        assertThat(s.at(9_000)).isCloseTo(0.04 * (1 + 5 * Math.sqrt(0.5)) / 5, within(1e-12));
    }

    @Test
    void exponentialWarmupReachesFactorAtItsEnd() {
        ScheduleSpec spec = new ScheduleSpec(ScheduleSpec.Shape.EXPONENTIAL_WARMUP, 0.01, List.of(), 10, 1, 0.2);
        StepSizeSchedule s = spec.resolve(1000);
        assertThat(s.at(100)).isCloseTo(0.01 * Math.sqrt(10), within(1e-12));
        assertThat(s.at(200)).isCloseTo(0.1, within(1e-12));
        assertThat(s.at(900)).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void cosineGoesFromBaseToZero() {
        StepSizeSchedule s = new ScheduleSpec(ScheduleSpec.Shape.COSINE, 1, List.of(), 1, 1, Double.NaN).resolve(100);
        assertThat(s.at(0)).isEqualTo(1.0);
        assertThat(s.at(50)).isCloseTo(0.5, within(1e-12));
        assertThat(s.at(100)).isCloseTo(0, within(1e-12));
    }

    @Test
    void stepSizeIsConstantUntilTheNextChange() {
        List<DecaySpec> decays = List.of(DecaySpec.atIteration(37, 2), DecaySpec.atFraction(0.5, 3));
        for (ScheduleSpec.Shape shape : ScheduleSpec.Shape.values()) {
            StepSizeSchedule schedule = new ScheduleSpec(shape, 0.1, decays, 4, 2, Double.NaN).resolve(200);
            for (long t = 0; t < 260; t++) {
                long until = schedule.constantUntil(t);
                assertThat(until).as("%s at %d", shape, t).isGreaterThan(t);
                for (long s = t; s < Math.min(until, 260); s++) {
                    assertThat(schedule.at(s)).as("%s at %d", shape, s).isEqualTo(schedule.at(t));
                }
            }
        }
        StepSizeSchedule piecewise = ScheduleSpec.piecewise(0.1, decays).resolve(200);
        assertThat(piecewise.constantUntil(0)).isEqualTo(37);
        assertThat(piecewise.constantUntil(37)).isEqualTo(100);
        assertThat(piecewise.constantUntil(100)).isEqualTo(Long.MAX_VALUE);
    }
}
