package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.optim.StepSizeSchedule;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;
import org.testfx.api.FxRobot;

/** The step-size slider: one gesture records one change, and its range holds every planned step size. */
class StepSizeSliderTest extends WindowTest {
    @Override
    protected String preset() {
        return "relu-1d-warmup";
    }

    private Slider slider(FxRobot robot) {
        return robot.lookup("#step-size").queryAs(Slider.class);
    }

    @Test
    void oneDragRecordsOneChangePerRun(FxRobot robot) {
        int focus = vm.focusedRunProperty().get();
        var session = vm.controller().session();
        robot.drag(slider(robot).lookup(".thumb"), MouseButton.PRIMARY)
                .moveBy(-15, 0).moveBy(-15, 0).moveBy(-15, 0).moveBy(-15, 0).release(MouseButton.PRIMARY);
        await("the drag applied", () -> !session.stepSizeChanges(focus).isEmpty());
        robot.interact(() -> { }); // let the frame after the release pass
        for (int run = 0; run < session.size(); run++) {
            assertThat(session.stepSizeChanges(run)).as("changes of run " + run).hasSize(1);
        }
        assertThat(session.stepSizeChanges(focus).get(0).stepSize())
                .isCloseTo(Math.pow(10, slider(robot).getValue()), org.assertj.core.api.Assertions.within(1e-12));
        await("one marker per run", () -> view.dashboard().plots().stepSize().getMarkers().stream()
                .filter(m -> m.label().startsWith("eta ")).count() >= 1);
        assertThat(view.dashboard().plots().stepSize().getMarkers().stream()
                .filter(m -> m.label().startsWith("eta ")).count()).isLessThanOrEqualTo(session.size());
    }

    @Test
    void theRangeHoldsEveryStepSizeTheFocusedRunsScheduleReachesWithRoomAbove(FxRobot robot) {
        for (String preset : List.of("relu-1d-warmup", "relu-three-layer")) {
            ExperimentSpec spec = PresetCatalog.bundled(preset);
            robot.interact(() -> vm.presetProperty().set(spec));
            await(preset + " shown", () -> vm.controller().session().spec().equals(spec)
                    && vm.statusProperty().get().generation() == vm.controller().session().generation());
            for (int run = 0; run < spec.runs().size(); run++) {
                int r = run;
                robot.interact(() -> vm.focusedRunProperty().set(r));
                StepSizeSchedule schedule = vm.controller().session().experiment().runs().get(run).schedule();
                double peak = 0;
                double least = Double.POSITIVE_INFINITY;
                for (long t = 0; t < schedule.totalSteps(); t++) {
                    peak = Math.max(peak, schedule.at(t));
                    least = Math.min(least, schedule.at(t));
                }
                double top = Math.log10(2 * peak);
                double bottom = Math.log10(least);
                await(preset + " run " + run + " fits the slider", () -> slider(robot).getMax() >= top
                        && slider(robot).getMin() <= bottom);
            }
        }
    }
}
