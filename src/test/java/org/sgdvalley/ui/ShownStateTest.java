package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** What the window shows matches the state: the Play button, the speed, event labels, Esc, the tour. */
class ShownStateTest extends WindowTest {
    @Override
    protected String preset() {
        return "toy-quadratic";
    }

    @Test
    void finishedRunsShowPlayAndANamedUpToDateStabilizationLabel(FxRobot robot) {
        robot.clickOn("#play");
        await("every run finished", () -> vm.statusProperty().get().allStopped());
        await("the button offers Play", () -> "Play".equals(robot.lookup("#play").queryAs(Button.class).getText()));
        // the status line is set on the JavaFX thread a moment after the status this thread just read
        await("the status line says finished", () -> vm.statusTextProperty().get().contains("finished"));
        await("stabilization written", () -> stabilizedLabel() != null);
        // the bouncing run, named, at its level now, with one significant digit
        assertThat(stabilizedLabel()).matches("eta=1\\.02.*: loss stabilized at about (\\d|0\\.0*\\d|\\de-\\d+)");
    }

    private String stabilizedLabel() {
        return view.dashboard().plots().loss().getAnnotations().stream().map(a -> a.text())
                .filter(t -> t.contains("stabilized")).findFirst().orElse(null);
    }

    @Test
    void oneStepsPerSecondFigureOnScreen(FxRobot robot) {
        robot.interact(() -> vm.speedPositionProperty().set(2)); // 100 steps/s
        robot.clickOn("#play");
        await("playing", () -> vm.statusProperty().get().playing() && vm.statusProperty().get().runs().get(0).iteration() > 5);
        assertThat(vm.statusTextProperty().get()).doesNotContain("steps/s");
        robot.interact(() -> vm.speedPositionProperty().set(Speed.MAX_POSITION));
        await("the measured rate at full speed", () -> vm.statusTextProperty().get().contains("steps/s per run")
                || vm.statusProperty().get().allStopped());
    }

    @Test
    void escLeavesPresenterViewAtOnceAfterC(FxRobot robot) {
        robot.type(KeyCode.F);
        robot.type(KeyCode.C);
        assertThat(view.classroom().controlsShownProperty().get()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(view.classroom().presenterProperty().get()).isFalse();
    }

    @Test
    void theTourStopAboutTheValleySeenFromAboveShowsTheValleyTab(FxRobot robot) {
        robot.type(KeyCode.T);
        assertThat(view.selectedView()).isZero();
        robot.type(KeyCode.N);
        assertThat(vm.presetProperty().get().name()).isEqualTo("diag-valley-2d");
        assertThat(view.selectedView()).as("the Valley tab").isEqualTo(1);
        robot.type(KeyCode.N);
        assertThat(view.selectedView()).as("back to the dashboard").isZero();
    }
}
