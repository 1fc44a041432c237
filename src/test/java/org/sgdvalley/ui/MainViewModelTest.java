package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sgdvalley.ui.ViewModels.onTestThread;
import static org.sgdvalley.ui.ViewModels.trainUntil;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.metric.MetricOptions;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.optim.OptimizerSpec;
import org.sgdvalley.engine.optim.ScheduleSpec;
import org.sgdvalley.engine.run.EvaluationPlan;
import org.sgdvalley.engine.run.ExperimentController;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.Run;
import org.sgdvalley.engine.run.RunSpec;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.base.SameThreadTaskExecutor;

/** The main view model, without the JavaFX toolkit, on a trainer that runs on the test's thread. */
class MainViewModelTest {

    static ExperimentSpec spec(String name, double eta) {
        return new ExperimentSpec(name, "T " + name, "d", "l", new ModelSpec.Diagonal(0.1, 0.0),
                new DataSpec.Sparse(20, 50, 30, 3, 1), 1_000_000, EvaluationPlan.paper(),
                List.of("train_loss", "l0"), MetricOptions.diagonalDefaults(), 0,
                List.of(new RunSpec("small", OptimizerSpec.sgd(1, 2), ScheduleSpec.constant(eta)),
                        new RunSpec("large", OptimizerSpec.sgd(1, 3), ScheduleSpec.constant(2 * eta))));
    }

    /** A preset opens on its SGD run with the largest step size: the one that bounces. */
    @Test
    void presetsOpenFocusedOnTheirLargestStochasticStep() {
        assertThat(MainViewModel.showcaseRun(spec("a", 0.05))).isEqualTo(1);
        ExperimentSpec e1 = PresetCatalog.bundled("diag-sgd-decay");
        assertThat(e1.runs().get(MainViewModel.showcaseRun(e1)).label()).isEqualTo("eta=0.275, decay at 50%");
        ExperimentSpec e3 = PresetCatalog.bundled("diag-valley-2d");
        assertThat(e3.runs().get(MainViewModel.showcaseRun(e3)).label()).isEqualTo("SGD eta=0.9");
        ExperimentSpec gdOnly = e3.withRuns(List.of(e3.runs().stream().filter(r -> r.optimizer().fullBatch())
                .findFirst().orElseThrow()));
        assertThat(MainViewModel.showcaseRun(gdOnly)).isZero();
    }

    @Test
    void playPauseAndStepDriveTheTrainer() {
        try (MainViewModel vm = onTestThread(List.of(spec("a", 0.05)), spec("a", 0.05))) {
            vm.stepOnce();
            vm.refresh();
            assertThat(vm.statusProperty().get().runs().get(0).iteration()).isEqualTo(1);
            vm.togglePlay();
            trainUntil(vm, () -> vm.statusProperty().get().runs().get(0).iteration() > 100);
            assertThat(vm.playingProperty().get()).isTrue();
            vm.togglePlay();
            vm.refresh();
            assertThat(vm.statusProperty().get().playing()).isFalse();
            assertThat(vm.playingProperty().get()).isFalse();
            long stopped = vm.statusProperty().get().runs().get(0).iteration();
            ((ExperimentController) vm.controller()).trainSliceOnCallerThread(); // a slice of a paused trainer
            vm.refresh();
            assertThat(vm.statusProperty().get().runs().get(0).iteration()).isEqualTo(stopped);
        }
    }

    /**
     * Found by StressTest: just after a switch the trainer still shows the old preset, whose runs are
     * the wrong bound for the focused run of the new one.
     */
    @Test
    @Timeout(60)
    void aStepSizeSetJustAfterASwitchGoesToTheFocusedRunOfTheNewPreset() throws Exception {
        ExperimentSpec one = spec("one", 0.05).withRuns(List.of(spec("one", 0.05).runs().get(0)));
        ExperimentSpec two = spec("two", 0.05);
        ExperimentController trainer = new ExperimentController(one);
        try (MainViewModel vm = new MainViewModel(List.of(one, two), one, trainer, new SameThreadTaskExecutor())) {
            trainer.query(session -> session).get();
            CountDownLatch busy = new CountDownLatch(1);
            trainer.query(session -> {
                awaitUninterruptibly(busy);
                return null;
            });
            vm.presetProperty().set(two);
            vm.applyStepSize(0.01);
            busy.countDown();
            double[] stepSizes = trainer.query(session -> session.experiment().runs().stream()
                    .mapToDouble(Run::stepSize).toArray()).get();
            assertThat(vm.focusedRunProperty().get()).isEqualTo(1);
            assertThat(stepSizes[1]).isEqualTo(0.01);
            assertThat(stepSizes[0]).isEqualTo(0.005, within(1e-15));
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void sliderKeepsRatiosBetweenRunsOrMovesOnlyTheFocusedRun() {
        try (MainViewModel vm = onTestThread(List.of(spec("a", 0.05)), spec("a", 0.05))) {
            vm.focusedRunProperty().set(0);
            vm.applyStepSize(0.01);
            vm.refresh();
            assertThat(vm.statusProperty().get().runs().get(0).stepSize()).isEqualTo(0.01);
            assertThat(vm.statusProperty().get().runs().get(1).stepSize()).isEqualTo(0.02, within(1e-15));
            vm.stepSizeForAllRunsProperty().set(false);
            vm.focusedRunProperty().set(1);
            vm.applyStepSize(0.03);
            vm.refresh();
            assertThat(vm.statusProperty().get().runs().get(1).stepSize()).isEqualTo(0.03);
            assertThat(vm.statusProperty().get().runs().get(0).stepSize()).isEqualTo(0.01);
            assertThat(vm.stepSizeProperty().get()).isEqualTo(0.03);
        }
    }

    @Test
    void invalidStepSizeIsRefusedWithAMessage() {
        try (MainViewModel vm = onTestThread(List.of(spec("a", 0.05)), spec("a", 0.05))) {
            vm.applyStepSize(Double.NaN);
            assertThat(vm.messageProperty().get()).startsWith("step size: must be");
        }
    }

    @Test
    void invalidParameterKeepsTheExperimentAndNamesTheField() {
        try (MainViewModel vm = onTestThread(List.of(spec("a", 0.05)), spec("a", 0.05))) {
            ExperimentSpec before = vm.presetProperty().get();
            Parameter batch = Parameters.of(before).stream()
                    .filter(p -> p.name().equals("runs[0].optimizer.batch")).findFirst().orElseThrow();
            assertThat(vm.applyParameter(batch, 21)).isFalse();
            assertThat(vm.messageProperty().get())
                    .isEqualTo("runs[0].optimizer.batch: must be an integer in [1, 20], got 21");
            assertThat(vm.presetProperty().get()).isSameAs(before);
            assertThat(vm.applyParameter(batch, 4)).isTrue();
            assertThat(vm.presetProperty().get().runs().get(0).optimizer().batchSize()).isEqualTo(4);
        }
    }

    @Test
    void hugeDimensionIsRefusedBeforeAnyAllocation() {
        ExperimentSpec s = spec("a", 0.05);
        Parameter d = Parameters.of(s).stream().filter(p -> p.name().equals("data.d")).findFirst().orElseThrow();
        assertThatThrownBy(() -> d.apply(s, 1e9))
                .hasMessageStartingWith("data.d: must be an integer in [3, ");
    }

    @Test
    void switchingPresetsResetsRuns() {
        ExperimentSpec a = spec("a", 0.05);
        ExperimentSpec b = spec("b", 0.01);
        try (MainViewModel vm = onTestThread(List.of(a, b), a)) {
            vm.play();
            trainUntil(vm, () -> vm.statusProperty().get().runs().get(0).iteration() > 10);
            vm.presetProperty().set(b);
            vm.refresh();
            assertThat(vm.statusProperty().get().generation()).isEqualTo(1);
            assertThat(vm.statusProperty().get().runs().get(0).iteration()).isZero();
            assertThat(vm.controller().session().spec()).isSameAs(b);
        }
    }
}
