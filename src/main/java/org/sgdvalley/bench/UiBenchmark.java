package org.sgdvalley.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.sgdvalley.engine.run.ExperimentController;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.ui.MainView;
import org.sgdvalley.ui.MainViewModel;
import org.sgdvalley.ui.NativeLibraries;
import org.sgdvalley.ui.base.BackgroundTaskExecutor;
import org.sgdvalley.ui.base.HeadlessToolkit;

/**
 * Measures the real main window while a preset trains at full speed: frames per second, the gaps
 * between frames, and how long a step-size change takes to reach the engine.
 */
final class UiBenchmark {
    /**
     * One measuring window.
     *
     * @param framesPerSecond frames the window drew per second
     * @param medianFrameMillis median time between two frames
     * @param p99FrameMillis  99th percentile of the time between two frames
     * @param worstFrameMillis longest time between two frames
     * @param commandMillis   median time from a step-size change to the engine applying it
     * @param stepsPerSecond  training speed meanwhile, all runs together
     */
    public record Result(double framesPerSecond, double medianFrameMillis, double p99FrameMillis,
                         double worstFrameMillis, double commandMillis, double stepsPerSecond) { }

    /**
     * The first seconds of play (the JIT still compiling), the steady state later, and the CPU the
     * paused window uses on each tab, in percent of one core.
     */
    public record Measurement(Result start, Result steady, double pausedDashboardCpu, double pausedValleyCpu) { }

    /** Seconds a paused window is left alone before its CPU use is measured. */
    private static final double PAUSE_SETTLE_SECONDS = 2;

    private UiBenchmark() {
    }

    /**
     * Opens the window on {@code spec}, plays it at full speed and measures for {@code seconds} from
     * the start of play, then again for {@code seconds} after a pause of {@code settleSeconds}.
     */
    public static Measurement run(List<ExperimentSpec> presets, ExperimentSpec spec, double seconds,
                                  double settleSeconds)
            throws InterruptedException, ExecutionException {
        HeadlessToolkit.start();
        CompletableFuture<MainView> opened = new CompletableFuture<>();
        Platform.runLater(() -> {
            NativeLibraries.startForApp();
            MainView view = new MainView(new MainViewModel(presets, spec, new ExperimentController(spec),
                    new BackgroundTaskExecutor()));
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
        Result start = measure(view, seconds);
        // on two cores beside a full-speed trainer, the JIT keeps compiling the frame's code for a while
        Thread.sleep((long) (settleSeconds * 1000));
        Result steady = measure(view, seconds);
        Platform.runLater(vm::pause);
        double dashboard = pausedCpu(seconds);
        Platform.runLater(() -> view.selectView("valley"));
        double valley = pausedCpu(seconds);
        Platform.runLater(() -> {
            view.stop();
            view.getScene().getWindow().hide();
        });
        return new Measurement(start, steady, dashboard, valley);
    }

    /** CPU used by this process over {@code seconds}, after a settling pause, in percent of one core. */
    private static double pausedCpu(double seconds) throws InterruptedException {
        Thread.sleep((long) (PAUSE_SETTLE_SECONDS * 1000));
        long cpu = cpuNanos();
        long wall = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        return 100.0 * (cpuNanos() - cpu) / (System.nanoTime() - wall);
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static Result measure(MainView view, double seconds) throws InterruptedException {
        MainViewModel vm = view.viewModel();
        FrameCounter frames = new FrameCounter();
        Runnable unsubscribe = view.frameClock().subscribe(frames);
        double[] latencies = commandLatencies(vm, seconds);
        CompletableFuture<double[]> gaps = new CompletableFuture<>();
        Platform.runLater(() -> {
            unsubscribe.run();
            gaps.complete(frames.gapMillis());
        });
        double[] g = gaps.join();
        Arrays.sort(g);
        Arrays.sort(latencies);
        double fps = g.length == 0 ? 0 : g.length / (Arrays.stream(g).sum() / 1e3);
        return new Result(fps, percentile(g, 0.5), percentile(g, 0.99), percentile(g, 1),
                latencies[latencies.length / 2], vm.statusProperty().get().stepsPerSecond());
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
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

    /** Records the time between consecutive pulses of the window's frame clock. */
    private static final class FrameCounter implements Runnable {
        private final List<Double> gaps = new ArrayList<>();
        private long last;

        @Override
        public void run() {
            long now = System.nanoTime();
            if (last != 0) {
                gaps.add((now - last) / 1e6);
            }
            last = now;
        }

        double[] gapMillis() {
            return gaps.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
