package org.sgdvalley.ui;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * Measures the real main window while a preset trains at full speed: frames per second, the
 * worst gap between two frames, and how long a step-size change takes to reach the engine.
 */
public final class UiBenchmark {
    /**
     * @param framesPerSecond frames the window drew per second
     * @param worstFrameMillis longest time between two frames
     * @param commandMillis   median time from a step-size change to the engine applying it
     * @param stepsPerSecond  training speed meanwhile, all runs together
     */
    public record Result(double framesPerSecond, double worstFrameMillis, double commandMillis,
                         double stepsPerSecond) { }

    private UiBenchmark() {
    }

    /** Opens the window on {@code spec}, plays it at full speed for {@code seconds} and measures. */
    public static Result run(List<ExperimentSpec> presets, ExperimentSpec spec, double seconds)
            throws InterruptedException, ExecutionException {
        HeadlessToolkit.start();
        CompletableFuture<MainView> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            MainView view = new MainView(new MainViewModel(presets, spec));
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1500, 940));
            stage.show();
            view.start();
            opened.complete(view);
        });
        MainView view = opened.get();
        MainViewModel vm = view.viewModel();
        while (vm.statusProperty().get() == null) {
            Thread.sleep(10);
        }
        Platform.runLater(vm::play);
        Thread.sleep(300);
        FrameCounter frames = new FrameCounter();
        Platform.runLater(frames::start);
        double[] latencies = commandLatencies(vm, seconds);
        Platform.runLater(frames::stop);
        double steps = vm.statusProperty().get().stepsPerSecond();
        Platform.runLater(() -> {
            view.stop();
            view.getScene().getWindow().hide();
        });
        java.util.Arrays.sort(latencies);
        return new Result(frames.perSecond(), frames.worstMillis(), latencies[latencies.length / 2], steps);
    }

    private static double[] commandLatencies(MainViewModel vm, double seconds) throws InterruptedException {
        int changes = (int) Math.max(5, seconds * 4);
        double[] millis = new double[changes];
        double base = vm.statusProperty().get().runs().get(0).stepSize();
        for (int i = 0; i < changes; i++) {
            double eta = base * (i % 2 == 0 ? 0.5 : 1.0);
            long start = System.nanoTime();
            vm.controller().setStepSize(0, eta);
            while (vm.controller().status().runs().get(0).stepSize() != eta) {
                // polls every 0.1 ms: a spinning thread would take a core from the window it measures
                LockSupport.parkNanos(100_000);
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
            TimeUnit.MILLISECONDS.sleep((long) (seconds * 1000 / changes));
        }
        return millis;
    }

    /** Counts animation frames and remembers the longest gap. */
    private static final class FrameCounter extends AnimationTimer {
        private long first;
        private long last;
        private long frames;
        private long worst;

        @Override
        public void handle(long now) {
            if (first == 0) {
                first = now;
            } else {
                worst = Math.max(worst, now - last);
            }
            last = now;
            frames++;
        }

        double perSecond() {
            return frames < 2 ? 0 : (frames - 1) / ((last - first) / 1e9);
        }

        double worstMillis() {
            return worst / 1e6;
        }
    }
}
