package org.sgdvalley.ui;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Dimension2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sgdvalley.engine.run.ExperimentController;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.base.BackgroundTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one fixture of the window tests: the real main window, wired as the app wires it (a trainer
 * thread, background tasks), on one preset at 1280 x 720 unless a test class says otherwise, driven
 * headless. Each test gets a fresh window, its first experiment built and the keyboard focus on the
 * window; every test fails after two minutes rather than hang. A test class only names its preset.
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

    /** The size of the window's scene. */
    protected Dimension2D windowSize() {
        return new Dimension2D(1280, 720);
    }

    /** Runs on the test's thread before the window is made (to note the threads running, say). */
    protected void beforeOpen() {
    }

    /** Runs on the JavaFX thread once the window shows (to install a failure handler, say). */
    protected void opened() {
    }

    /** A view model over {@code presets} on {@code initial} with the app's collaborators: a trainer thread and background tasks. */
    public static MainViewModel appViewModel(List<ExperimentSpec> presets, ExperimentSpec initial) {
        return new MainViewModel(presets, initial, new ExperimentController(initial), new BackgroundTaskExecutor());
    }

    /**
     * Opens the window on TestFX's stage. TestFX calls a {@code @Start} method only where a test class
     * declares it (not inherited), so the fixture opens the window here; a class whose own
     * {@code @Start} already called this is left as it is.
     */
    protected void open(Stage stage) {
        List<ExperimentSpec> presets = PresetCatalog.names().stream().map(PresetCatalog::bundled).toList();
        vm = appViewModel(presets, PresetCatalog.bundled(preset()));
        view = new MainView(vm);
        view.selectView(startView());
        Dimension2D size = windowSize();
        Scene scene = new Scene(view, size.getWidth(), size.getHeight());
        scene.getStylesheets().add(SgdValleyApp.class.getResource("sgd-valley.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        view.start();
        opened();
    }

    @BeforeEach
    void openWindow(FxRobot robot) throws TimeoutException {
        if (view == null) {
            beforeOpen();
            FxToolkit.setupStage(this::open);
        }
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
        } catch (TimeoutException e) {
            throw new AssertionError(what + " not met within 60 s", e);
        }
    }

    /** Waits until the window's frame clock has pulsed {@code frames} more times: each pulse pulls the trainer's status. */
    protected void awaitFrames(long frames) {
        long target = view.frameClock().pulses() + frames;
        await(frames + " frames", () -> view.frameClock().pulses() >= target);
    }
}
