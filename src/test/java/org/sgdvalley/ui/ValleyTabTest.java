package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sgdvalley.ui.MainWindowTest.await;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.valley.SliderMark;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Valley tab of the real window, driven headless. */
@ExtendWith(ApplicationExtension.class)
class ValleyTabTest {
    private MainView view;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        List<ExperimentSpec> presets = PresetCatalog.names().stream().map(PresetCatalog::bundled).toList();
        vm = WindowTest.appViewModel(presets, PresetCatalog.bundled("diag-valley-2d"));
        view = new MainView(vm);
        view.selectView("valley");
        Scene scene = new Scene(view, 1500, 940);
        scene.getStylesheets().add(SgdValleyApp.class.getResource("sgd-valley.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.start();
    }

    @BeforeEach
    void firstExperimentBuilt() {
        await("first experiment built", () -> vm.statusProperty().get() != null);
    }

    @AfterEach
    void stop() {
        view.stop();
    }

    private static void awaitLong(String what, java.util.function.BooleanSupplier condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " not met within 60 s", e);
        }
    }

    @Test
    void findTheEdgeShowsTheRatioMarksTheSliderAndJumpsToAFraction(FxRobot robot) {
        robot.interact(() -> vm.focusedRunProperty().set(2)); // SGD eta=0.9
        await("landscape computed", () -> view.valley().landscapeShown());
        robot.clickOn("#find-edge");
        await("edge found", () -> view.valley().edge() != null && view.valley().edge().bracketed()
                && !robot.lookup("#edge-progress").query().isVisible()
                && robot.lookup("#edge-readout").queryAs(Label.class).getText().contains("x the edge"));
        double edge = view.valley().edge().estimate();
        assertThat(edge).isBetween(0.9, 1.1);
        String text = robot.lookup("#edge-readout").queryAs(Label.class).getText();
        assertThat(text).startsWith(String.format("eta = %.2f x the edge", 0.9 / edge));
        SliderMark mark = robot.lookup("#edge-mark").queryAs(SliderMark.class);
        await("edge marked on the slider", () -> mark.marked() == edge && mark.markNode().isVisible());
        robot.clickOn("#jump-to-edge"); // 90% is preselected
        await("step size jumped", () -> Math.abs(vm.statusProperty().get().runs().get(2).stepSize() - 0.9 * edge)
                < 1e-9);
    }

    @Test
    void theTwoOverEtaLineFollowsTheStepSizeSlider(FxRobot robot) {
        robot.interact(() -> {
            vm.focusedRunProperty().set(0); // gradient flow, eta = 0.03
            vm.stepSizeForAllRunsProperty().set(false);
        });
        await("2/eta drawn", () -> Math.abs(view.valley().twoOverEtaLevel() - 2 / 0.03) < 1e-9);
        Slider slider = robot.lookup("#step-size").queryAs(Slider.class);
        robot.drag(slider.lookup(".thumb")).moveBy(60, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        await("engine step size changed", () -> vm.statusProperty().get().runs().get(0).stepSize() > 0.035);
        double eta = vm.statusProperty().get().runs().get(0).stepSize();
        await("line moved", () -> Math.abs(view.valley().twoOverEtaLevel() - 2 / eta) < 1e-9 * (2 / eta));
        assertThat(view.valley().twoOverEtaLevel()).isCloseTo(2 / Math.pow(10, slider.getValue()), within(1e-6 / eta));
    }

    @Test
    void trainingDrawsPathsSharpnessAndTheCrossSection(FxRobot robot) {
        robot.interact(() -> vm.focusedRunProperty().set(2));
        robot.clickOn("#play");
        awaitLong("SGD run past 3000 steps", () -> vm.statusProperty().get().runs().get(2).iteration() > 3000);
        awaitLong("sharpness sampled", () -> view.valley().sharpnessSamples() > 20);
        awaitLong("cross-section of the SGD run", () -> view.valley().crossSectionShown());
    }
}
