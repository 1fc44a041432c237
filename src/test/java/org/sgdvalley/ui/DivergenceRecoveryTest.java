package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sgdvalley.ui.ViewModels.onTestThread;
import static org.sgdvalley.ui.ViewModels.trainUntil;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.preset.PresetCatalog;

/**
 * Divergence end to end through the view model and the trainer, for every model type: a run with a
 * step size far beyond the edge of stability diverges and says where; the other run goes on; the
 * user lowers that run's step size and rewinds to the last good checkpoint, and it trains on.
 */
class DivergenceRecoveryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"diag-sgd-decay, 1000", "toy-quadratic, 1000", "relu-1d-warmup, 10000", "relu-teacher-student, 10000",
            "relu-three-layer, 10000", "diag-gd-vs-sgd, 1000"})
    void aDivergedRunIsReportedTheOthersGoOnAndRewindWithASmallerStepRecovers(String preset, double blowUp)
            {
        ExperimentSpec base = PresetCatalog.bundled(preset);
        RunSpec run = base.runs().get(0);
        double eta = run.schedule().stepSize();
        ExperimentSpec spec = base.withIterations(200_000).withRuns(List.of(
                new RunSpec("too large", run.optimizer(), run.schedule().withStepSize(eta * blowUp)),
                new RunSpec("fine", run.optimizer(), run.schedule().withStepSize(eta / 4))));
        try (MainViewModel vm = onTestThread(List.of(spec), spec)) {
            vm.play();
            trainUntil(vm, () -> run(vm, 0).divergence() != null);
            RunStatus diverged = run(vm, 0);
            assertThat(vm.divergedProperty().get()).isTrue();
            assertThat(vm.statusTextProperty().get()).startsWith("too large: Diverged at step ");
            long otherAt = run(vm, 1).iteration();
            trainUntil(vm, () -> run(vm, 1).iteration() > otherAt + 100 || run(vm, 1).finished());
            assertThat(run(vm, 1).divergence()).isNull();
            assertThat(run(vm, 0).iteration()).isEqualTo(diverged.iteration());

            vm.pause();
            vm.stepSizeForAllRunsProperty().set(false);
            vm.focusedRunProperty().set(0);
            double smaller = eta / 4;
            vm.applyStepSize(smaller);
            vm.rewindDiverged();
            assertThat(vm.messageProperty().get()).startsWith("Rewound to the last checkpoint");
            trainUntil(vm, () -> run(vm, 0).divergence() == null);
            assertThat(run(vm, 0).iteration()).isLessThan(diverged.iteration());
            assertThat(run(vm, 0).iteration() % 1000).isZero();
            vm.play();
            long target = diverged.iteration() + 2000;
            trainUntil(vm, () -> run(vm, 0).iteration() > target || run(vm, 0).divergence() != null);
            assertThat(run(vm, 0).divergence()).as("after rewind with step %s", smaller).isNull();
            // the schedule (a warm-up, say) goes on relative to the lowered value
            assertThat(run(vm, 0).stepSize()).isLessThan(diverged.stepSize() / 100);
            assertThat(run(vm, 0).trainLoss()).isFinite();
            assertThat(Arrays.stream(run(vm, 0).params()).allMatch(Double::isFinite)).isTrue();
        }
    }

    private static RunStatus run(MainViewModel vm, int index) {
        ControllerStatus status = vm.statusProperty().get();
        return status.runs().get(index);
    }

}
