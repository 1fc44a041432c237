package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunHistory;
import org.sgdvalley.export.PngExporter;
import org.testfx.api.FxRobot;

/** The real main window, driven headless. */
class MainWindowTest extends WindowTest {
    @Override
    protected String preset() {
        return "diag-sgd-decay";
    }

    static void await(BooleanSupplier condition) {
        await("condition", condition);
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
        robot.drag(slider.lookup(".thumb")).moveBy(-120, 0).release(MouseButton.PRIMARY);
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
    void theFileMenuHasTheUsualShortcuts(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<MenuItem> file = bar.getMenus().get(0).getItems();
        for (var expected : List.of(List.of("open-session", KeyCode.O), List.of("save-session", KeyCode.S),
                List.of("quit", KeyCode.Q))) {
            MenuItem item = file.stream().filter(i -> expected.get(0).equals(i.getId())).findFirst().orElseThrow();
            assertThat(item.getAccelerator()).as(item.getText())
                    .isEqualTo(new KeyCodeCombination((KeyCode) expected.get(1), KeyCombination.SHORTCUT_DOWN));
        }
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
        awaitFrames(10); // ten frames, each pulling the trainer's status
        assertThat(vm.statusProperty().get().runs().get(0).iteration()).isEqualTo(paused);
        robot.clickOn("#reset");
        await(() -> vm.statusProperty().get().runs().get(0).iteration() == 0);
    }

    @Test
    void keyboardSpaceTogglesPlayAndRightSteps(FxRobot robot) {
        robot.clickOn("#dashboard");
        robot.type(KeyCode.RIGHT);
        await(() -> vm.statusProperty().get().runs().get(0).iteration() == 1);
        robot.type(KeyCode.SPACE);
        await(() -> vm.statusProperty().get().playing());
        robot.type(KeyCode.SPACE);
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
    void exportsAPlotAsPngWithItsSizeAndMetadata(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        robot.clickOn("#step");
        await(() -> vm.statusProperty().get().runs().get(0).iteration() == 1);
        robot.interact(() -> vm.applyStepSize(0.1));
        await(() -> !vm.controller().session().stepSizeChanges(0).isEmpty());
        Path file = tmp.resolve("loss.png");
        var plot = view.dashboard().views().get(0);
        robot.interact(() -> view.exports().exportPng(plot, 2, file, false));
        await(() -> vm.messageProperty().get().startsWith("Saved"));
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(plot.getWidth() * 2));
        assertThat(image.getHeight()).isEqualTo((int) Math.round(plot.getHeight() * 2));
        var meta = PngExporter.readMetadata(file);
        assertThat(meta).containsEntry("Preset", "diag-sgd-decay").containsKey("Seeds");
        assertThat(meta.get("Step-size history")).contains("set to 0.1 at step 1");
        long size = Files.size(file);
        robot.interact(() -> view.exports().exportPng(view.dashboard(), 1, file, false));
        await(() -> vm.messageProperty().get().startsWith("Export failed"));
        assertThat(Files.size(file)).isEqualTo(size);
    }

    @Test
    void exportsTheMetricsAsCsv(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        robot.interact(() -> vm.presetProperty().set(vm.presets().stream()
                .filter(p -> p.name().equals("toy-quadratic")).findFirst().orElseThrow()));
        await(() -> vm.statusProperty().get().generation() == 1);
        robot.clickOn("#play");
        await(() -> vm.statusProperty().get().allStopped());
        Path file = tmp.resolve("m.csv");
        robot.interact(() -> view.exports().exportCsv(file, false));
        await(() -> vm.messageProperty().get().startsWith("Saved"));
        List<String> lines = Files.readAllLines(file);
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
