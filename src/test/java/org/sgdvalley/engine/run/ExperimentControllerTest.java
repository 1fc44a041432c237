package org.sgdvalley.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.metric.MetricOptions;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.optim.OptimizerSpec;
import org.sgdvalley.engine.optim.ScheduleSpec;

class ExperimentControllerTest {

    static ExperimentSpec spec(long iterations) {
        return new ExperimentSpec("t", "T", "", "", new ModelSpec.Diagonal(0.1, 0.0),
                new DataSpec.Sparse(20, 50, 30, 3, 1), iterations, EvaluationPlan.paper(),
                List.of("train_loss", "test_loss", "l0"), MetricOptions.diagonalDefaults(), 0,
                List.of(new RunSpec("a", OptimizerSpec.sgd(1, 2), ScheduleSpec.constant(0.05)),
                        new RunSpec("b", OptimizerSpec.sgd(1, 3), ScheduleSpec.constant(0.1))));
    }

    /** The controller once its first experiment is built (that happens on the trainer thread). */
    static ExperimentController ready(ExperimentController c) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (c.status() == null) {
            assertThat(System.currentTimeMillis()).as("first experiment built within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
        return c;
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /** Without a thread: built at once, every command applied before it returns, play trained only in slices. */
    @Test
    void onTheCallersThreadCommandsTakeEffectAtOnceAndPlayTrainsOnlyInSlices() {
        try (ExperimentController c = ExperimentController.onCallerThread(spec(20_000))) {
            assertThat(c.status()).isNotNull();
            c.stepOnce();
            assertThat(c.status().runs()).allMatch(r -> r.iteration() == 1);
            c.advanceTo(50);
            assertThat(c.status().runs()).allMatch(r -> r.iteration() == 50);
            c.setStepSize(1, 0.07);
            assertThat(c.status().runs().get(1).stepSize()).isEqualTo(0.07);
            c.play();
            assertThat(c.status().playing()).isTrue();
            assertThat(c.status().runs()).allMatch(r -> r.iteration() == 50);
            c.trainSliceOnCallerThread();
            long played = c.status().runs().get(0).iteration();
            assertThat(played).isGreaterThan(50);
            c.pause();
            c.trainSliceOnCallerThread();
            assertThat(c.status().runs().get(0).iteration()).isEqualTo(played);
            assertThat(c.isAlive()).isTrue();
            c.close();
            assertThat(c.isAlive()).isFalse();
        }
    }

    @Test
    void aThreadOfItsOwnIsNotDrivenByTheCaller() throws Exception {
        try (ExperimentController c = ready(new ExperimentController(spec(20_000)))) {
            assertThatThrownBy(c::trainSliceOnCallerThread)
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void playsToTheEndAndRecordsHistory() throws Exception {
        try (ExperimentController c = ready(new ExperimentController(spec(20_000)))) {
            c.play();
            await(() -> c.status().allStopped());
            RunHistory h = c.session().history(0);
            assertThat(h.series(RunHistory.TRAIN_LOSS).lastX()).isEqualTo(20_000);
            assertThat(h.series("l0").lastX()).isEqualTo(20_000);
            assertThat(c.status().runs()).allMatch(RunStatus::finished);
        }
    }

    @Test
    void stepOnceAdvancesEveryRunByOne() throws Exception {
        try (ExperimentController c = ready(new ExperimentController(spec(1000)))) {
            c.stepOnce();
            c.stepOnce();
            await(() -> c.status().runs().get(1).iteration() == 2);
            assertThat(c.status().playing()).isFalse();
        }
    }

    @Test
    void stepSizeCommandAppliesAtNextStepAndIsRecorded() throws Exception {
        try (ExperimentController c = ready(new ExperimentController(spec(1_000_000)))) {
            c.setSpeed(500);
            c.play();
            await(() -> c.status().runs().get(0).iteration() > 20);
            c.setStepSize(0, 0.02);
            await(() -> c.status().runs().get(0).stepSize() == 0.02);
            assertThat(c.session().stepSizeChanges(0)).hasSize(1);
            assertThat(c.session().stepSizeChanges(0).get(0).stepSize()).isEqualTo(0.02);
            assertThat(c.session().history(0).series(RunHistory.STEP_SIZE).lastValue()).isEqualTo(0.02);
        }
    }

    @Test
    void trajectoryDoesNotDependOnSpeedOrPauses() throws Exception {
        ExperimentSpec spec = spec(5000);
        double[] fast;
        try (ExperimentController c = ready(new ExperimentController(spec))) {
            c.play();
            await(() -> c.status().allStopped());
            fast = c.session().experiment().runs().get(0).params().clone();
        }
        try (ExperimentController c = ready(new ExperimentController(spec))) {
            c.setSpeed(20_000);
            c.play();
            Thread.sleep(50);
            c.pause();
            c.stepOnce();
            c.play();
            await(() -> c.status().allStopped());
            assertThat(c.session().experiment().runs().get(0).params()).isEqualTo(fast);
        }
    }

    @Test
    void resetStartsANewGeneration() throws Exception {
        try (ExperimentController c = ready(new ExperimentController(spec(1000)))) {
            c.stepOnce();
            await(() -> c.status().runs().get(0).iteration() == 1);
            c.reset();
            await(() -> c.status().generation() == 1);
            assertThat(c.status().runs().get(0).iteration()).isZero();
        }
    }
}
