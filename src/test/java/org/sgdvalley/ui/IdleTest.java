package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A paused window draws nothing once it has shown the last state, on the dashboard and on the Valley
 * tab, and the Valley tab's worker computes nothing more.
 */
class IdleTest extends WindowTest {
    @Override
    protected String preset() {
        return "diag-valley-2d";
    }

    /** Frames that must pass without drawing before the window counts as settled after a pause. */
    private static final long QUIET_FRAMES = 40;

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
