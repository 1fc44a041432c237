package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.export.PngExporter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The check of a projected window: every preset in the dashboard, the valley and presenter view,
 * on a 720p projector, a 1080p screen and a 4K laptop, read from the layout (see {@link LayoutCheck}):
 * no text cut short, no text over text, every control inside the window, no legend over the data. One
 * window is resized through the sizes; the renders are kept in target/layout/PRESET-VIEW-WxH.png to look at.
 * Also every control at the minimum size, and in large text and the dark theme.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(300)
class LayoutTest {
    private static final Path RENDERS = Path.of("target", "layout");
    private static final int[][] SIZES = {{1280, 720}, {1920, 1080}, {3840, 2160}};
    private static final List<String> VIEWS = List.of("dashboard", "valley", "presenter");
    /** Steps every run takes before the renders, so the plots show a trajectory. */
    private static final long STEPS = 200;

    private MainView view;
    private MainViewModel vm;

    /** The window's content, laid out off screen at each size (see {@link LayoutWindow#offScreen}). */
    @Start
    void start(Stage stage) {
        view = LayoutWindow.allPresets();
        vm = view.viewModel();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> presenter(false));
        view.stop();
    }

    @Test
    void everyPresetInEveryViewAndSizeIsReadable(FxRobot robot) throws Exception {
        Files.createDirectories(RENDERS);
        List<String> problems = new ArrayList<>();
        // PNG encoding takes about as long as the layout: it runs beside it
        ExecutorService writer = Executors.newSingleThreadExecutor();
        List<Future<?>> written = new ArrayList<>();
        for (ExperimentSpec preset : vm.presets()) {
            LayoutWindow.show(robot, vm, preset);
            trainAWhile(robot);
            for (String name : VIEWS) {
                robot.interact(() -> {
                    presenter("presenter".equals(name));
                    view.selectView("presenter".equals(name) ? "dashboard" : name);
                });
                for (int[] size : SIZES) {
                    String render = preset.name() + "-" + name + "-" + size[0] + "x" + size[1];
                    Scene scene = LayoutWindow.offScreen(robot, view, size[0], size[1]);
                    AtomicReference<WritableImage> image = new AtomicReference<>();
                    robot.interact(() -> {
                        image.set(PngExporter.screenshot(view, 1));
                        LayoutCheck.all(scene).forEach(p -> problems.add(render + ": " + p));
                    });
                    written.add(writer.submit(() -> save(image.get(), RENDERS.resolve(render + ".png"))));
                }
            }
        }
        robot.interact(() -> presenter(false));
        writer.shutdown();
        for (Future<?> file : written) {
            file.get();
        }
        assertThat(problems).isEmpty();
    }

    private void check(FxRobot robot, ExperimentSpec preset, double width, double height, boolean large,
                       List<String> problems) {
        robot.interact(() -> view.setTheme(large, large));
        Scene scene = LayoutWindow.offScreen(robot, view, width, height);
        String where = String.format("%s %.0fx%.0f%s: ", preset.name(), width, height, large ? " dark, large text" : "");
        robot.interact(() -> LayoutCheck.controls(scene).forEach(p -> problems.add(where + p)));
    }

    /**
     * Every control of the dashboard whole and inside the window at the minimum window size and on a
     * 1280 x 720 projector in large text and the dark theme, on every preset (this part of the check
     * reads only JavaFX controls).
     */
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

    private void trainAWhile(FxRobot robot) {
        robot.interact(vm::play);
        WindowTest.await("runs trained " + STEPS + " steps", () -> {
            var status = vm.statusProperty().get();
            return status != null && status.runs().stream()
                    .allMatch(r -> r.iteration() >= STEPS || r.finished() || r.divergence() != null);
        });
        robot.interact(vm::pause);
    }

    /** Presenter view on or off (off screen, it asks no window for full screen). */
    private void presenter(boolean on) {
        view.classroom().presenterProperty().set(on);
    }

    private static void save(WritableImage image, Path file) {
        try {
            PngExporter.write(image, Map.of(), file, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
