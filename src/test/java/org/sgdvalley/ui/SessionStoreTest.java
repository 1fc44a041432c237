package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sgdvalley.ui.ViewModels.onTestThread;
import static org.sgdvalley.ui.ViewModels.trainUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunHistory;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.preset.PresetCatalog;

/** Saving the app's session and opening it in another window continues exactly. */
class SessionStoreTest {
    @TempDir
    Path tmp;

    @Test
    void aSavedSessionOpensAtTheSameStateAndContinuesBitForBit() throws Exception {
        ExperimentSpec spec = PresetCatalog.bundled("diag-sgd-decay");
        ExperimentSpec other = PresetCatalog.bundled("toy-quadratic");
        Path file = tmp.resolve("a.sgdsession");
        try (MainViewModel first = onTestThread(List.of(spec), spec);
             MainViewModel second = onTestThread(List.of(other), other)) {
            first.focusedRunProperty().set(0); // the step size below is set on run 0
            first.play();
            trainUntil(first, () -> run(first, 0).iteration() > 5000);
            first.applyStepSize(0.2);
            trainUntil(first, () -> run(first, 0).stepSize() == 0.2);
            first.pause();
            trainUntil(first, () -> !first.statusProperty().get().playing());
            assertThat(new SessionStore(first).save(file, false)).startsWith("Saved the session at step ");
            assertThat(new SessionStore(first).save(file, false)).isEqualTo("Not saved: " + file + " already exists");
            first.refresh();
            RunStatus saved = run(first, 0);
            SessionStore.Opened opened = new SessionStore(second).open(file);
            assertThat(opened.apply()).as(opened.message()).isNotNull();
            opened.apply().run();
            trainUntil(second, () -> second.statusProperty().get().generation() == 1);
            assertThat(second.presetProperty().get()).isEqualTo(spec);
            for (int i = 0; i < spec.runs().size(); i++) {
                assertThat(run(second, i).iteration()).isEqualTo(run(first, i).iteration());
                assertThat(run(second, i).params()).isEqualTo(run(first, i).params());
                assertThat(run(second, i).stepSize()).isEqualTo(run(first, i).stepSize());
                assertThat(second.controller().session().stepSizeChanges(i))
                        .isEqualTo(first.controller().session().stepSizeChanges(i));
            }
            for (String series : List.of(RunHistory.TRAIN_LOSS, RunHistory.STEP_SIZE, "l0")) {
                assertThat(second.controller().session().history(0).series(series).lastX()).as(series)
                        .isEqualTo(first.controller().session().history(0).series(series).lastX());
                assertThat(second.controller().session().history(0).series(series).lastValue()).as(series)
                        .isEqualTo(first.controller().session().history(0).series(series).lastValue());
            }

            for (int k = 0; k < 300; k++) {
                first.stepOnce();
                second.stepOnce();
            }
            long target = saved.iteration() + 300;
            trainUntil(first, () -> run(first, 0).iteration() == target);
            trainUntil(second, () -> run(second, 0).iteration() == target);
            for (int i = 0; i < spec.runs().size(); i++) {
                assertThat(run(second, i).params()).as("run %d after 300 more steps", i)
                        .isEqualTo(run(first, i).params());
            }
        }
    }

    @Test
    void aDamagedOrForeignFileIsRefusedAndTheRunIsUntouched() throws Exception {
        ExperimentSpec spec = PresetCatalog.bundled("toy-quadratic");
        Path good = tmp.resolve("good.sgdsession");
        try (MainViewModel vm = onTestThread(List.of(spec), spec)) {
            vm.stepOnce();
            trainUntil(vm, () -> run(vm, 0).iteration() == 1);
            assertThat(new SessionStore(vm).save(good, false)).startsWith("Saved");
            byte[] bytes = Files.readAllBytes(good);
            bytes[bytes.length - 3] ^= 4;
            Path damaged = Files.write(tmp.resolve("damaged.sgdsession"), bytes);
            Path foreign = Files.writeString(tmp.resolve("notes.sgdsession"), "hello\n");
            for (Path bad : List.of(damaged, foreign, tmp)) {
                SessionStore.Opened opened = new SessionStore(vm).open(bad);
                assertThat(opened.apply()).isNull();
                assertThat(opened.message()).startsWith("Cannot open " + bad + ": ").doesNotContain("\n");
            }
            Path underAFile = good.resolve("x.sgdsession");
            assertThat(new SessionStore(vm).save(underAFile, false)).startsWith("Not saved: Cannot write ")
                    .doesNotContain("\n");
            vm.refresh();
            assertThat(vm.statusProperty().get().generation()).isZero();
            assertThat(run(vm, 0).iteration()).isEqualTo(1);
        }
    }

    private static RunStatus run(MainViewModel vm, int index) {
        return vm.statusProperty().get().runs().get(index);
    }

}
