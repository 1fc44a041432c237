package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.control.Slider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdvalley.diagnostics.FailureLog;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.StepSizeChange;
import org.sgdvalley.export.PngExporter;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window headless with random actions while training at full speed: slider moves,
 * play, pause, single steps, speed changes, resets, preset switches, invalid parameter values and PNG
 * exports. Asserts that no exception escapes on any thread (the JavaFX thread included, where a
 * thread violation would surface), that the focused run's recorded step-size changes are exactly the slider
 * values applied since the last reset, and that closing ends the trainer and every thread it started.
 * Runs {@value #CI_SECONDS} s by default; {@code -Dstress.seconds=N} runs longer.
 */
class StressTest extends WindowTest {
    static final int CI_SECONDS = 20;
    @TempDir
    static Path tmp;
    private final List<Throwable> escaped = Collections.synchronizedList(new ArrayList<>());
    private Set<Thread> baseline;
    private Path logs;

    @Override
    protected String preset() {
        return "diag-sgd-decay";
    }

    @Override
    protected void beforeOpen() {
        logs = tmp.resolve("logs-" + System.nanoTime());
        System.setProperty(FailureLog.FOLDER_PROPERTY, logs.toString());
        baseline = Thread.getAllStackTraces().keySet();
    }

    @Override
    protected void opened() {
        FailureReporting.install(vm);
        Thread.UncaughtExceptionHandler report = Thread.getDefaultUncaughtExceptionHandler();
        Thread.UncaughtExceptionHandler recordAndReport = (t, e) -> {
            escaped.add(e);
            report.uncaughtException(t, e);
        };
        Thread.setDefaultUncaughtExceptionHandler(recordAndReport);
        Thread.currentThread().setUncaughtExceptionHandler(recordAndReport);
    }

    @AfterEach
    void forgetHandler() {
        Thread.setDefaultUncaughtExceptionHandler(null);
    }

    @Test
    void randomActionsAtFullSpeedKeepTheHistoryExactAndCloseCleanly(FxRobot robot) throws Exception {
        long seconds = Long.getLong("stress.seconds", CI_SECONDS);
        Random random = new Random(42);
        Slider slider = robot.lookup("#step-size").queryAs(Slider.class);
        List<ExperimentSpec> light = vm.presets().stream().filter(p -> !p.name().equals("relu-three-layer")).toList();
        List<Double> applied = new ArrayList<>();
        long generation = 0;
        int actions = 0;
        int exports = 0;
        int checks = 0;
        robot.interact(vm::play);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            int action = random.nextInt(100);
            actions++;
            if (action < 45) {
                double target = slider.getMin() + random.nextDouble() * (slider.getMax() - slider.getMin());
                robot.interact(() -> {
                    double before = slider.getValue();
                    slider.setValue(target);
                    if (slider.getValue() != before) {
                        applied.add(Math.pow(10, slider.getValue()));
                    }
                });
            } else if (action < 55) {
                robot.interact(vm::togglePlay);
            } else if (action < 62) {
                robot.interact(vm::stepOnce);
            } else if (action < 68) {
                double position = random.nextDouble() * Speed.MAX_POSITION;
                robot.interact(() -> vm.speedPositionProperty().set(position));
            } else if (action < 73) {
                checkHistory(generation, applied);
                checks++;
                robot.interact(vm::reset);
                generation++;
                applied.clear();
            } else if (action < 77) {
                checkHistory(generation, applied);
                checks++;
                ExperimentSpec next = light.get(random.nextInt(light.size()));
                if (vm.presetProperty().get() != next) {
                    robot.interact(() -> vm.presetProperty().set(next));
                    generation++;
                    applied.clear();
                }
            } else if (action < 85) {
                List<Parameter> parameters = Parameters.of(vm.presetProperty().get());
                Parameter p = parameters.get(random.nextInt(parameters.size()));
                double bad = new double[] {Double.NaN, Double.POSITIVE_INFINITY, -1e300, 1e300}[random.nextInt(4)];
                ExperimentSpec before = vm.presetProperty().get();
                robot.interact(() -> assertThat(vm.applyParameter(p, bad)).isFalse());
                assertThat(vm.presetProperty().get()).isSameAs(before);
                assertThat(vm.messageProperty().get()).startsWith(p.name() + ": must be");
            } else if (action < 88) {
                Path png = tmp.resolve("export-" + exports++ + ".png");
                robot.interact(() -> {
                    try {
                        PngExporter.write(PngExporter.snapshot(view, 1), view.exportMetadata(), png, false);
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                });
                assertThat(PngExporter.readMetadata(png)).isNotEmpty();
            } else {
                robot.interact(vm::play);
                WaitForAsyncUtils.sleep(20 + random.nextInt(60), TimeUnit.MILLISECONDS);
            }
        }
        checkHistory(generation, applied);
        checks++;
        assertThat(escaped).as("exceptions that escaped").isEmpty();
        assertThat(logs).as("nothing was logged as an internal error").doesNotExist();

        long start = System.nanoTime();
        robot.interact(() -> view.getScene().getWindow().hide());
        robot.interact(view::stop);
        assertThat(vm.controller().isAlive()).isFalse();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
        await("every thread of ours ended", () -> threadsLeft().isEmpty());
        assertThat(threadsLeft()).as("threads of ours still running after close").isEmpty();
        System.out.printf("stress: %d s, %d actions, %d exports, %d history checks, %d generations%n", seconds, actions,
                exports, checks, generation + 1);
    }

    @Test
    void anExceptionOnTheJavaFxThreadIsLoggedAndShownInOneLine(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("injected fault\nsecond line");
        });
        await("message shown", () -> vm.messageProperty().get().startsWith("Internal error"));
        String line = vm.messageProperty().get();
        assertThat(line).doesNotContain("\n").contains("IllegalStateException: injected fault (details in ");
        assertThat(robot.lookup("#message").queryLabeled().getText()).isEqualTo(line);
        try (var files = Files.list(logs)) {
            Path log = files.findFirst().orElseThrow();
            assertThat(Files.readString(log)).contains("injected fault").contains("\tat ");
        }
        escaped.clear();
        robot.interact(view::stop);
    }

    private Set<String> threadsLeft() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !baseline.contains(t))
                .map(Thread::getName)
                .filter(name -> name.startsWith("sgd") || name.startsWith("headless") || name.startsWith("nd4j-warm"))
                .collect(Collectors.toSet());
    }

    private void checkHistory(long generation, List<Double> applied) {
        int focus = vm.focusedRunProperty().get(); // the run the slider sets; the others follow in proportion
        await("commands applied", () -> vm.controller().session().generation() == generation
                && vm.controller().session().stepSizeChanges(focus).size() >= applied.size());
        List<Double> recorded = vm.controller().session().stepSizeChanges(focus).stream()
                .map(StepSizeChange::stepSize).toList();
        assertThat(recorded).as("focused run %d's step-size history in generation %d", focus, generation)
                .containsExactlyElementsOf(applied);
    }
}
