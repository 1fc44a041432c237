package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Valley tab measures the focused run, not the first one, and Jump moves only that run. */
class ValleyFocusTest extends WindowTest {

    @Override
    protected String preset() {
        return "diag-valley-2d";
    }

    @Override
    protected String startView() {
        return "valley";
    }

    private double stepSize(int run) {
        return vm.statusProperty().get().runs().get(run).stepSize();
    }

    private String readout(FxRobot robot) {
        return robot.lookup("#edge-readout").queryAs(Label.class).getText();
    }

    @Test
    void edgeReadoutAndJumpFollowTheFocusedRun(FxRobot robot) {
        assertThat(vm.focusedRunProperty().get()).isEqualTo(2); // SGD eta=0.9, whose edge is about 1.0
        assertThat(vm.stepSizeForAllRunsProperty().get()).isTrue();
        await("edge of the focused run", () -> view.valley().edge() != null && view.valley().edge().bracketed()
                && readout(robot).contains("x the edge"));
        double sgdEdge = view.valley().edge().estimate();
        assertThat(sgdEdge).isBetween(0.9, 1.1);
        assertThat(readout(robot)).startsWith(String.format("eta = %.2f x the edge", 0.9 / sgdEdge));

        double gd = stepSize(1);
        double flow = stepSize(0);
        robot.clickOn("#jump-to-edge"); // 90% is preselected
        await("focused run jumped", () -> Math.abs(stepSize(2) - 0.9 * sgdEdge) < 1e-9);
        assertThat(stepSize(1)).isEqualTo(gd);
        assertThat(stepSize(0)).isEqualTo(flow);

        robot.interact(() -> vm.focusedRunProperty().set(1)); // GD: full batch, a larger edge
        await("edge of the newly focused run", () -> view.valley().edge() != null
                && view.valley().edge().bracketed() && view.valley().edge().estimate() > gd
                && readout(robot).startsWith(String.format("eta = %.2f x the edge",
                        gd / view.valley().edge().estimate())));
    }
}
