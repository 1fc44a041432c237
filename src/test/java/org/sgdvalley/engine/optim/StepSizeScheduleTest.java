package org.sgdvalley.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepSizeScheduleTest {
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
