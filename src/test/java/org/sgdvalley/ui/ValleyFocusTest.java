package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import org.testfx.util.WaitForAsyncUtils;

/** The Valley tab measures the focused run, not the first one, and Jump moves only that run. */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class ValleyFocusTest {
    private MainView view;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        List<ExperimentSpec> presets = PresetCatalog.names().stream().map(PresetCatalog::bundled).toList();
        vm = new MainViewModel(presets, PresetCatalog.bundled("diag-valley-2d"));
        view = new MainView(vm);
        view.selectView("valley");
        Scene scene = new Scene(view, 1280, 720);
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

    static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " not met within 60 s", e);
        }
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

        robot.interact(() -> vm.focusedRunProperty().set(1)); // GD eta=2.5: full batch, a larger edge
        await("edge of the newly focused run", () -> view.valley().edge() != null
                && view.valley().edge().bracketed() && view.valley().edge().estimate() > 2.5
                && readout(robot).startsWith(String.format("eta = %.2f x the edge",
                        2.5 / view.valley().edge().estimate())));
    }
}
