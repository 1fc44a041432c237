package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sgdvalley.ui.ViewModels.onTestThread;
import static org.sgdvalley.ui.ViewModels.trainUntil;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunHistory;
import org.sgdvalley.preset.PresetCatalog;

/**
 * Opening another preset (keys 1-9, the tour, A/B compare), a reset or a recording replaces the runs:
 * the replaced ones are kept, the window says so, and U brings them back exactly.
 */
@Timeout(60)
class KeptRunsTest {

    @Test
    void replacedRunsAreKeptAndComeBackWithTheirHistory() {
        List<ExperimentSpec> presets = PresetCatalog.names().stream().map(PresetCatalog::bundled).toList();
        ExperimentSpec toy = PresetCatalog.bundled("toy-quadratic");
        try (MainViewModel vm = onTestThread(presets, toy)) {
            vm.controller().advanceTo(500);
            trainUntil(vm, () -> vm.statusProperty().get().runs().stream().allMatch(r -> r.iteration() == 500));
            double loss = vm.statusProperty().get().runs().get(1).trainLoss();
            int points = vm.controller().session().history(1).series(RunHistory.TRAIN_LOSS).snapshot(null).count;

            vm.presetProperty().set(PresetCatalog.bundled("diag-valley-2d")); // as key 2 does
            assertThat(vm.messageProperty().get()).contains("toy-quadratic").contains("press U");
            trainUntil(vm, () -> vm.controller().session().spec().name().equals("diag-valley-2d"));

            vm.restoreKept();
            trainUntil(vm, () -> vm.controller().session().spec().name().equals("toy-quadratic")
                    && vm.statusProperty().get().generation() == vm.controller().session().generation());
            assertThat(vm.presetProperty().get().name()).isEqualTo("toy-quadratic");
            assertThat(vm.statusProperty().get().runs()).allMatch(r -> r.iteration() == 500);
            assertThat(vm.statusProperty().get().runs().get(1).trainLoss()).isEqualTo(loss);
            assertThat(vm.controller().session().history(1).series(RunHistory.TRAIN_LOSS).snapshot(null).count).isEqualTo(points);
            assertThat(vm.messageProperty().get()).isEqualTo("Back to toy-quadratic at step 500."); // diag-valley-2d had not trained

            vm.reset(); // R: also kept
            assertThat(vm.messageProperty().get()).contains("press U");
        }
    }

    @Test
    void untrainedRunsAreReplacedWithoutAWord() {
        List<ExperimentSpec> presets = PresetCatalog.names().stream().map(PresetCatalog::bundled).toList();
        try (MainViewModel vm = onTestThread(presets, PresetCatalog.bundled("toy-quadratic"))) {
            vm.presetProperty().set(PresetCatalog.bundled("diag-valley-2d"));
            assertThat(vm.messageProperty().get()).isEmpty();
            vm.restoreKept();
            assertThat(vm.messageProperty().get()).startsWith("Nothing to go back to");
        }
    }
}
