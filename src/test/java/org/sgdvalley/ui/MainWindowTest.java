package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunHistory;
import org.sgdvalley.preset.PresetCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, driven headless. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainView view;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        List<ExperimentSpec> presets = PresetCatalog.names().stream().map(PresetCatalog::bundled).toList();
        vm = new MainViewModel(presets, PresetCatalog.bundled("diag-sgd-decay"));
        view = new MainView(vm);
        Scene scene = new Scene(view, 1400, 900);
        scene.getStylesheets().add(SgdValleyApp.class.getResource("sgd-valley.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.start();
    }

    @org.junit.jupiter.api.BeforeEach
    void firstExperimentBuilt() {
        await("first experiment built", () -> vm.statusProperty().get() != null);
    }

    @AfterEach
    void stop() {
        view.stop();
    }

    static void await(BooleanSupplier condition) {
        await("condition", condition);
    }

    static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " not met within 15 s", e);
        }
    }

    @Test
    void slidingTheStepSizeMidRunChangesTheEngineAndThePlot(FxRobot robot) {
        robot.interact(() -> {
            vm.focusedRunProperty().set(0); // the slider moves the focused run (and the others in proportion)
            vm.speedPositionProperty().set(3);
        });
        robot.clickOn("#play");
        await(() -> vm.statusProperty().get() != null && vm.statusProperty().get().runs().get(0).iteration() > 50);
        Slider slider = robot.lookup("#step-size").queryAs(Slider.class);
        double before = vm.statusProperty().get().runs().get(0).stepSize();
        robot.drag(slider.lookup(".thumb")).moveBy(-120, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        await(() -> vm.statusProperty().get().runs().get(0).stepSize() < before * 0.9);
        double now = vm.statusProperty().get().runs().get(0).stepSize();
        assertThat(vm.controller().session().stepSizeChanges(0)).isNotEmpty();
        assertThat(vm.controller().session().stepSizeChanges(0).get(vm.controller().session().stepSizeChanges(0).size() - 1)
                .stepSize()).isEqualTo(now);
        await(() -> vm.controller().session().history(0).series(RunHistory.STEP_SIZE).lastValue() == now);
        await(() -> view.dashboard().plots().stepSize().getMarkers().stream()
                .anyMatch(m -> m.label().startsWith("eta ")));
        assertThat(Math.pow(10, slider.getValue())).isCloseTo(now, org.assertj.core.api.Assertions.within(now * 1e-9));
    }

    @Test
    void playPauseStepAndReset(FxRobot robot) {
        robot.clickOn("#step");
        await(() -> vm.statusProperty().get().runs().get(0).iteration() == 1);
        robot.clickOn("#step");
        await(() -> vm.statusProperty().get().runs().get(0).iteration() == 2);
        robot.clickOn("#play");
        await(() -> vm.statusProperty().get().runs().get(0).iteration() > 1000);
        robot.clickOn("#play");
        await(() -> !vm.statusProperty().get().playing());
        long paused = vm.statusProperty().get().runs().get(0).iteration();
        WaitForAsyncUtils.sleep(150, TimeUnit.MILLISECONDS);
        assertThat(vm.statusProperty().get().runs().get(0).iteration()).isEqualTo(paused);
        robot.clickOn("#reset");
        await(() -> vm.statusProperty().get().runs().get(0).iteration() == 0);
    }

    @Test
    void keyboardSpaceTogglesPlayAndRightSteps(FxRobot robot) {
        robot.clickOn("#dashboard");
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        await(() -> vm.statusProperty().get().runs().get(0).iteration() == 1);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        await(() -> vm.statusProperty().get().playing());
        robot.type(javafx.scene.input.KeyCode.SPACE);
        await(() -> !vm.statusProperty().get().playing());
    }

    @Test
    void switchingPresetsResetsRunsAndPlots(FxRobot robot) {
        robot.clickOn("#play");
        await(() -> vm.statusProperty().get().runs().get(0).iteration() > 100);
        ExperimentSpec toy = vm.presets().stream().filter(p -> p.name().equals("toy-quadratic")).findFirst()
                .orElseThrow();
        robot.interact(() -> vm.presetProperty().set(toy));
        await(() -> vm.statusProperty().get().generation() == 1);
        assertThat(vm.statusProperty().get().runs().get(0).iteration()).isZero();
        await(() -> view.dashboard().plots().loss().getSeries().size() == toy.runs().size() * 2);
        // the description and its tuning notes, each in its own collapsed pane
        assertThat(robot.lookup("#description").queryLabeled().getText() + " Tuning: "
                + robot.lookup("#tuning-notes").queryLabeled().getText())
                .isEqualTo(toy.description().strip().replaceAll("\\s+", " "));
    }

    @Test
    void invalidParameterShowsItsMessageAndChangesNothing(FxRobot robot) {
        ExperimentSpec before = vm.presetProperty().get();
        Parameter k = Parameters.of(before).stream().filter(p -> p.name().equals("data.k")).findFirst().orElseThrow();
        robot.interact(() -> vm.applyParameter(k, 500));
        assertThat(robot.lookup("#message").queryLabeled().getText())
                .isEqualTo("data.k: must be an integer in [1, 200], got 500");
        assertThat(vm.presetProperty().get()).isSameAs(before);
        assertThat(vm.statusProperty().get().generation()).isZero();
    }

    @Test
    void exportsAPlotAsPngWithItsSizeAndMetadata(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        robot.clickOn("#step");
        await(() -> vm.statusProperty().get().runs().get(0).iteration() == 1);
        robot.interact(() -> vm.applyStepSize(0.1));
        await(() -> !vm.controller().session().stepSizeChanges(0).isEmpty());
        java.nio.file.Path file = tmp.resolve("loss.png");
        var plot = view.dashboard().views().get(0);
        robot.interact(() -> view.exports().exportPng(plot, 2, file, false));
        await(() -> vm.messageProperty().get().startsWith("Saved"));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(plot.getWidth() * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.round(plot.getHeight() * 2));
        var meta = org.sgdvalley.export.PngExporter.readMetadata(file);
        assertThat(meta).containsEntry("Preset", "diag-sgd-decay").containsKey("Seeds");
        assertThat(meta.get("Step-size history")).contains("set to 0.1 at step 1");
        long size = java.nio.file.Files.size(file);
        robot.interact(() -> view.exports().exportPng(view.dashboard(), 1, file, false));
        await(() -> vm.messageProperty().get().startsWith("Export failed"));
        assertThat(java.nio.file.Files.size(file)).isEqualTo(size);
    }

    @Test
    void exportsTheMetricsAsCsv(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        robot.interact(() -> vm.presetProperty().set(vm.presets().stream()
                .filter(p -> p.name().equals("toy-quadratic")).findFirst().orElseThrow()));
        await(() -> vm.statusProperty().get().generation() == 1);
        robot.clickOn("#play");
        await(() -> vm.statusProperty().get().allStopped());
        java.nio.file.Path file = tmp.resolve("m.csv");
        robot.interact(() -> view.exports().exportCsv(file, false));
        await(() -> vm.messageProperty().get().startsWith("Saved"));
        java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("run,iteration,step_size,train_loss,test_loss,sharpness");
        assertThat(lines).hasSizeGreaterThan(3 * 100);
        assertThat(lines.get(1)).startsWith("eta=0.8,0,0.8,");
    }

    @Test
    void closingWhileTrainingStopsTheTrainerWithinASecond(FxRobot robot) {
        robot.clickOn("#play");
        await(() -> vm.statusProperty().get().runs().get(0).iteration() > 100);
        long start = System.nanoTime();
        robot.interact(() -> view.getScene().getWindow().hide());
        robot.interact(view::stop);
        assertThat(vm.controller().isAlive()).isFalse();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
    }

    @Test
    void everyPresetOpensAndDrawsItsModel(FxRobot robot) {
        for (ExperimentSpec preset : vm.presets()) {
            robot.interact(() -> vm.presetProperty().set(preset));
            robot.clickOn("#step");
            await(preset.name() + " stepped", () -> vm.controller().session().spec().equals(preset)
                    && vm.statusProperty().get().generation() == vm.controller().session().generation()
                    && vm.statusProperty().get().runs().get(0).iteration() >= 1);
        }
    }
}
