package org.sgdvalley.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.data.SparseRegression;
import org.sgdvalley.engine.model.DiagonalNetwork;
import org.sgdvalley.engine.optim.DecaySpec;
import org.sgdvalley.engine.optim.OptimizerSpec;
import org.sgdvalley.engine.optim.ScheduleSpec;

class RunTest {
    private final Dataset data = SparseRegression.generate(20, 50, 30, 3, 5);

    private Run run(double eta, List<DecaySpec> decays) {
        return new Run("r", new DiagonalNetwork(30, 0.1, 0.0), data, OptimizerSpec.sgd(1, 11),
                ScheduleSpec.piecewise(eta, decays).resolve(10_000), 0);
    }

    @Test
    void liveOverrideTakesEffectAtNextStepAndLaterDecayDividesIt() {
        Run r = run(0.1, List.of(DecaySpec.atIteration(500, 4)));
        for (int i = 0; i < 100; i++) {
            r.step();
        }
        r.setStepSize(0.02);
        assertThat(r.stepSize()).isEqualTo(0.02);
        assertThat(r.stepSizeChanges()).containsExactly(new StepSizeChange(100, 0.02));
        while (r.iteration() < 500) {
            r.step();
        }
        assertThat(r.stepSize()).isCloseTo(0.005, within(1e-15));
        r.multiplyStepSize(2);
        assertThat(r.stepSize()).isCloseTo(0.01, within(1e-15));
    }

    @Test
    void sameSeedsGiveBitIdenticalTrajectories() {
        Run a = run(0.05, List.of());
        Run b = run(0.05, List.of());
        for (int i = 0; i < 3000; i++) {
            assertThat(Double.doubleToRawLongBits(a.step())).isEqualTo(Double.doubleToRawLongBits(b.step()));
        }
        assertThat(a.params()).isEqualTo(b.params());
    }

    @Test
    void hugeStepSizeDivergesCleanlyAndRewindRecovers() {
        Run r = run(50, List.of());
        for (int i = 0; i < 5000 && r.divergence() == null; i++) {
            r.step();
        }
        Divergence d = r.divergence();
        assertThat(d).isNotNull();
        assertThat(d.iteration()).isPositive();
        assertThat(d.explain()).contains("Diverged at step");
        assertThat(Double.isNaN(r.step())).isTrue();
        r.rewind();
        assertThat(r.divergence()).isNull();
        assertThat(r.iteration()).isLessThan(d.iteration());
        r.setStepSize(0.01);
        for (int i = 0; i < 2000; i++) {
            r.step();
        }
        assertThat(r.divergence()).isNull();
    }

    @Test
    void restoringAStateContinuesExactly() {
        Run a = run(0.05, List.of());
        for (int i = 0; i < 1234; i++) {
            a.step();
        }
        RunState saved = a.state();
        for (int i = 0; i < 1000; i++) {
            a.step();
        }
        Run b = run(0.05, List.of());
        b.restore(saved);
        for (int i = 0; i < 1000; i++) {
            b.step();
        }
        assertThat(b.params()).isEqualTo(a.params());
        assertThat(b.iteration()).isEqualTo(a.iteration());
    }
}
