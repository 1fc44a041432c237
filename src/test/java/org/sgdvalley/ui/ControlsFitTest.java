package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every control of the dashboard whole and inside the window at the minimum window size and on a
 * 1280 x 720 projector in large text and the dark theme, on every preset.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class ControlsFitTest {
    private MainView view;
    private MainViewModel vm;

    /** The window's content, laid out off screen at each size (see {@link LayoutWindow#offScreen}). */
    @Start
    void start(Stage stage) {
        view = LayoutWindow.allPresets();
        vm = view.viewModel();
    }

    @AfterEach
    void stop() {
        view.stop();
    }

    private void check(FxRobot robot, ExperimentSpec preset, double width, double height, boolean large,
                       List<String> problems) {
        robot.interact(() -> view.setTheme(large, large));
        Scene scene = LayoutWindow.offScreen(robot, view, width, height);
        String where = String.format("%s %.0fx%.0f%s: ", preset.name(), width, height, large ? " dark, large text" : "");
        robot.interact(() -> LayoutCheck.controls(scene).forEach(p -> problems.add(where + p)));
    }

    @Test
    void everyControlIsWholeAtTheMinimumSizeAndAt720p(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (ExperimentSpec preset : vm.presets()) {
            LayoutWindow.show(robot, vm, preset);
            // the minimum size in normal text, a 720p projector in large text and the dark theme (the
            // layout test covers 720p in normal text)
            check(robot, preset, WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT, false, problems);
            check(robot, preset, 1280, 720, true, problems);
        }
        assertThat(problems).isEmpty();
    }
}
