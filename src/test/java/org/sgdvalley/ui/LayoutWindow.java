package org.sgdvalley.ui;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives a test window for the layout checks: a preset shown, the window at a size. */
final class LayoutWindow {
    private LayoutWindow() {
    }

    /** Opens {@code preset} and waits until the window shows its first experiment. */
    static void show(FxRobot robot, MainViewModel vm, ExperimentSpec preset) {
        robot.interact(() -> vm.presetProperty().set(preset));
        WindowTest.await(preset.name() + " built", () -> {
            var status = vm.statusProperty().get();
            return status != null && status.generation() == vm.controller().session().generation()
                    && vm.controller().session().spec().name().equals(preset.name());
        });
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    /**
     * Lays {@code view} out in a scene of {@code width} x {@code height} off screen (a test screen is
     * smaller than 4K, and a window larger than it costs a failed repaint every pulse) and returns it.
     */
    static Scene offScreen(FxRobot robot, MainView view, double width, double height) {
        AtomicReference<Scene> scene = new AtomicReference<>();
        robot.interact(() -> {
            if (view.getScene() != null) {
                view.getScene().setRoot(new Group());
            }
            Scene sized = new Scene(view, width, height);
            sized.getStylesheets().add(SgdValleyApp.class.getResource("sgd-valley.css").toExternalForm());
            view.applyCss();
            view.layout();
            view.frameClock().pulse();
            view.layout();
            scene.set(sized);
        });
        return scene.get();
    }

    /** Sizes the window's scene to {@code width} x {@code height} and lays it out. */
    static void resize(FxRobot robot, Stage stage, double width, double height) {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents(2);
        robot.interact(() -> stage.getScene().getRoot().layout());
    }
}
