package org.sgdvalley.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.data.SparseRegression;
import org.sgdvalley.engine.data.ToyData;
import org.sgdvalley.engine.model.DiagonalNetwork;
import org.sgdvalley.engine.model.QuadraticToy;
import org.sgdvalley.engine.optim.DecaySpec;
import org.sgdvalley.engine.optim.OptimizerSpec;
import org.sgdvalley.engine.optim.ScheduleSpec;

/** {@link Run#advance} ends exactly where as many {@link Run#step()} calls end, bit for bit. */
class RunAdvanceTest {
    private static final long TOTAL = 6_000;
    private static final Dataset SPARSE = SparseRegression.generate(20, 50, 30, 3, 5);
    private static final Dataset TOY = ToyData.generate(16, -1, 1, 1.5, 3);
    private static final ScheduleSpec DECAY = ScheduleSpec.piecewise(0.05,
            List.of(DecaySpec.atIteration(1_234, 2), DecaySpec.atFraction(0.5, 5)));

    private static Run diagonal(OptimizerSpec optimizer, ScheduleSpec schedule) {
        return new Run("diag", new DiagonalNetwork(30, 0.3, 0.3), SPARSE, optimizer, schedule.resolve(TOTAL), 1);
    }

    private static Run toy(ScheduleSpec schedule) {
        return new Run("toy", new QuadraticToy(1.2), TOY, OptimizerSpec.sgd(1, 9), schedule.resolve(TOTAL), 1);
    }

    private static void assertSameState(Run a, Run b) {
        RunState sa = a.state();
        RunState sb = b.state();
        assertThat(sb.iteration()).isEqualTo(sa.iteration());
        assertThat(sb.params()).isEqualTo(sa.params());
        assertThat(sb.sampler().rngState()).isEqualTo(sa.sampler().rngState());
        assertThat(sb.sampler().permutation()).isEqualTo(sa.sampler().permutation());
        assertThat(sb.sampler().position()).isEqualTo(sa.sampler().position());
        assertThat(sb.labelNoiseState()).isEqualTo(sa.labelNoiseState());
        assertThat(sb.scale()).isEqualTo(sa.scale());
        assertThat(b.divergence()).isEqualTo(a.divergence());
        assertThat(b.stepSize()).isEqualTo(a.stepSize());
    }

    private static void stepTimes(Run run, long steps) {
        for (long i = 0; i < steps; i++) {
            run.step();
        }
    }

    /** Single steps against uneven advances, with a live step-size change in the middle. */
    private static void assertAdvanceEqualsSteps(Supplier<Run> make) {
        Run single = make.get();
        Run chunked = make.get();
        stepTimes(single, 2_500);
        assertThat(chunked.advance(1)).isEqualTo(1);
        assertThat(chunked.advance(777)).isEqualTo(777);
        assertThat(chunked.advance(1_722)).isEqualTo(1_722);
        assertSameState(single, chunked);
        single.multiplyStepSize(0.5);
        chunked.multiplyStepSize(0.5);
        stepTimes(single, 3_500);
        chunked.advance(3_500);
        assertSameState(single, chunked);
    }

    @Test
    void diagonalBatchOneChunksEqualSingleSteps() {
        assertAdvanceEqualsSteps(() -> diagonal(OptimizerSpec.sgd(1, 7), DECAY));
    }

    @Test
    void diagonalWithLabelNoiseAndWarmUpEqualsSingleSteps() {
        ScheduleSpec warmup = new ScheduleSpec(ScheduleSpec.Shape.LINEAR_WARMUP, 0.02, List.of(DecaySpec.atFraction(0.6, 4)),
                3, 1, Double.NaN);
        assertAdvanceEqualsSteps(() -> diagonal(new OptimizerSpec(false, 1, true, 0.3, 11), warmup));
    }

    @Test
    void defaultPathEqualsSingleSteps() {
        // a batch of 4 and epochs without replacement take the models' default chunk loop
        assertAdvanceEqualsSteps(() -> diagonal(new OptimizerSpec(false, 4, false, 0.1, 3), DECAY));
        assertAdvanceEqualsSteps(() -> toy(ScheduleSpec.constant(0.05)));
        assertAdvanceEqualsSteps(() -> diagonal(OptimizerSpec.gd(), DECAY));
    }

    private static void assertSameDivergence(Supplier<Run> make) {
        Run single = make.get();
        Run chunked = make.get();
        while (single.divergence() == null && !single.finished()) {
            single.step();
        }
        assertThat(single.divergence()).as("the test run diverges").isNotNull();
        long taken = chunked.advance(TOTAL);
        assertThat(taken).isEqualTo(single.iteration());
        assertSameState(single, chunked);
        assertThat(chunked.step()).isNaN();
        assertThat(chunked.advance(10)).isZero();
        // rewinding goes to the same checkpoint, and both continue alike
        single.rewind();
        chunked.rewind();
        assertSameState(single, chunked);
        single.setStepSize(0.01);
        chunked.setStepSize(0.01);
        stepTimes(single, 2_100);
        chunked.advance(2_100);
        assertSameState(single, chunked);
    }

    @Test
    void divergenceStopsAtTheSameStepAndRewindsAlike() {
        // an exponential warm-up from a stable to an unstable step size diverges after a few thousand steps
        ScheduleSpec growing = new ScheduleSpec(ScheduleSpec.Shape.EXPONENTIAL_WARMUP, 0.02, List.of(), 100, 1,
                Double.NaN);
        Run probe = diagonal(OptimizerSpec.sgd(1, 7), growing);
        probe.advance(TOTAL);
        assertThat(probe.divergence()).isNotNull();
        assertThat(probe.divergence().iteration()).isGreaterThan(Run.CHECKPOINT_INTERVAL)
                .isNotEqualTo(probe.divergence().iteration() / 1000 * 1000);
        assertSameDivergence(() -> diagonal(OptimizerSpec.sgd(1, 7), growing));
        // batches of 4 take the models' default chunk loop
        assertSameDivergence(() -> diagonal(new OptimizerSpec(false, 4, true, 0.1, 3), growing));
    }

    @Test
    void checkpointsAreTakenAsWithSingleSteps() {
        Run single = diagonal(OptimizerSpec.sgd(1, 7), DECAY);
        Run chunked = diagonal(OptimizerSpec.sgd(1, 7), DECAY);
        stepTimes(single, 3_500);
        chunked.advance(3_500);
        single.rewind();
        chunked.rewind();
        assertThat(chunked.iteration()).isEqualTo(3_000);
        assertSameState(single, chunked);
    }
}
