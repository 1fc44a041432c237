package org.sgdvalley.ui;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Group;
import javafx.scene.Scene;
import java.util.List;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives a window's content for the layout checks: a preset shown, laid out at a size. */
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

    /** A window's content on every bundled preset, opened on the first, its frame clock started. */
    static MainView allPresets() {
        List<ExperimentSpec> presets = PresetCatalog.names().stream().map(PresetCatalog::bundled).toList();
        MainView view = new MainView(WindowTest.appViewModel(presets, presets.get(0)));
        view.start();
        return view;
    }
}
