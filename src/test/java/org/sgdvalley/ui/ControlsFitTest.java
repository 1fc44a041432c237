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
import org.sgdvalley.preset.PresetCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every control whole and inside the window at the minimum window size and on a 1280 x 720 projector,
 * on every preset, in the light and the dark theme, at normal and large text.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class ControlsFitTest {
    private Stage stage;
    private MainView view;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        List<ExperimentSpec> presets = PresetCatalog.names().stream().map(PresetCatalog::bundled).toList();
        vm = new MainViewModel(presets, presets.get(0));
        view = new MainView(vm);
        Scene scene = new Scene(view, 1280, 720);
        scene.getStylesheets().add(SgdValleyApp.class.getResource("sgd-valley.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.start();
    }

    @AfterEach
    void stop() {
        view.stop();
    }

    @Test
    void everyControlIsWholeAtTheMinimumSizeAndAt720p(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (ExperimentSpec preset : vm.presets()) {
            LayoutWindow.show(robot, vm, preset);
            for (double[] size : List.of(new double[] {WindowPlacement.MIN_WIDTH, WindowPlacement.MIN_HEIGHT},
                    new double[] {1280, 720})) {
                for (boolean large : List.of(false, true)) {
                    for (String tab : List.of("dashboard")) {
                        robot.interact(() -> {
                            view.setTheme(large, large);
                            view.selectView(tab);
                        });
                        LayoutWindow.resize(robot, stage, size[0], size[1]);
                        String where = String.format("%s %s %.0fx%.0f%s: ", preset.name(), tab, size[0], size[1],
                                large ? " dark, large text" : "");
                        robot.interact(() -> LayoutCheck.controls(stage.getScene())
                                .forEach(p -> problems.add(where + p)));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
