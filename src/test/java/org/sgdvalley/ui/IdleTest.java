package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sgdvalley.ui.ValleyFocusTest.await;

import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A paused window draws nothing once it has shown the last state, on the dashboard and on the Valley
 * tab, and the Valley tab's worker computes nothing more.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class IdleTest {
    /** Frames that must pass without drawing before the window counts as settled after a pause. */
    private static final long QUIET_FRAMES = 40;
    private MainView view;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        List<ExperimentSpec> presets = PresetCatalog.names().stream().map(PresetCatalog::bundled).toList();
        vm = new MainViewModel(presets, PresetCatalog.bundled("diag-valley-2d"));
        view = new MainView(vm);
        stage.setScene(new Scene(view, 1280, 720));
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

    /** Plays a little, pauses, waits for the last state to be drawn, then counts drawing over more frames. */
    private void playPauseAndCountIdleDrawing(FxRobot robot) {
        robot.interact(() -> vm.speedPositionProperty().set(3)); // 1,000 steps/s: a few frames of new data
        robot.clickOn("#play");
        await("trained", () -> vm.statusProperty().get().runs().get(0).iteration() > 300);
        robot.clickOn("#play");
        await("paused", () -> !vm.statusProperty().get().playing());
        long[] quietSince = {view.framesHandled(), view.framesDrawn(), view.valley().workerUpdates()};
        await("nothing drawn or computed for " + QUIET_FRAMES + " frames", () -> {
            if (view.framesDrawn() != quietSince[1] || view.valley().workerUpdates() != quietSince[2]) {
                quietSince[0] = view.framesHandled();
                quietSince[1] = view.framesDrawn();
                quietSince[2] = view.valley().workerUpdates();
            }
            return view.framesHandled() - quietSince[0] >= QUIET_FRAMES;
        });
    }

    @Test
    void aPausedDashboardDrawsNothing(FxRobot robot) {
        playPauseAndCountIdleDrawing(robot);
    }

    @Test
    void aPausedValleyTabDrawsAndComputesNothing(FxRobot robot) {
        robot.interact(() -> view.selectView("valley"));
        await("landscape computed", () -> view.valley().landscapeShown());
        playPauseAndCountIdleDrawing(robot);
        assertThat(view.valley().landscapeShown()).isTrue();
    }
}
