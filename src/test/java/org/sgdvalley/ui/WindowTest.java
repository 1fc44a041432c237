package org.sgdvalley.ui;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window at 1280 x 720 on one preset, driven headless: the base of the window tests.
 * Each test gets a fresh window, its first experiment built and the keyboard focus on the window.
 * A test class opens it from a {@code @Start} method of its own: TestFX looks for one only there.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
public abstract class WindowTest {
    protected MainView view;
    protected MainViewModel vm;

    /** The preset the window opens on. */
    protected abstract String preset();

    /** The view the window opens on: {@code dashboard} or {@code valley}. */
    protected String startView() {
        return "dashboard";
    }

    /** Opens the window; each test class calls it from its own {@code @Start} method (not inherited). */
    protected void open(Stage stage) {
        List<ExperimentSpec> presets = PresetCatalog.names().stream().map(PresetCatalog::bundled).toList();
        vm = new MainViewModel(presets, PresetCatalog.bundled(preset()));
        view = new MainView(vm);
        view.selectView(startView());
        Scene scene = new Scene(view, 1280, 720);
        scene.getStylesheets().add(SgdValleyApp.class.getResource("sgd-valley.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.start();
    }

    @BeforeEach
    void firstExperimentBuilt(FxRobot robot) {
        await("first experiment built", () -> vm.statusProperty().get() != null);
        robot.interact(view::requestFocus);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> view.classroom().presenterProperty().set(false));
        view.stop();
    }

    /** Waits up to 60 s for {@code condition}, failing with {@code what}. */
    public static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " not met within 60 s", e);
        }
    }
}
