package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.sgdvalley.ui.valley.SliderMark;
import org.testfx.api.FxRobot;

/** The Valley tab of the real window, driven headless. */
class ValleyTabTest extends WindowTest {

    @Override
    protected String preset() {
        return "diag-valley-2d";
    }

    @Override
    protected String startView() {
        return "valley";
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
        robot.drag(slider.lookup(".thumb")).moveBy(60, 0).release(MouseButton.PRIMARY);
        await("engine step size changed", () -> vm.statusProperty().get().runs().get(0).stepSize() > 0.035);
        double eta = vm.statusProperty().get().runs().get(0).stepSize();
        await("line moved", () -> Math.abs(view.valley().twoOverEtaLevel() - 2 / eta) < 1e-9 * (2 / eta));
        assertThat(view.valley().twoOverEtaLevel()).isCloseTo(2 / Math.pow(10, slider.getValue()), within(1e-6 / eta));
    }

    @Test
    void trainingDrawsPathsSharpnessAndTheCrossSection(FxRobot robot) {
        robot.interact(() -> vm.focusedRunProperty().set(2));
        robot.clickOn("#play");
        await("SGD run past 3000 steps", () -> vm.statusProperty().get().runs().get(2).iteration() > 3000);
        await("sharpness sampled", () -> view.valley().sharpnessSamples() > 20);
        await("cross-section of the SGD run", () -> view.valley().crossSectionShown());
    }
}
