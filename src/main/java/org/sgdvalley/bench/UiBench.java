package org.sgdvalley.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.sgdvalley.engine.run.ExperimentController;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;

/**
 * The desktop app's part of {@code bench}: start-up time, plot drawing cost at 10^6 points per plot,
 * frame rate and slider latency while training at full speed, CPU use while paused, and the heap of a
 * very long live run.
 */
final class UiBench {
    private static final double FRAME_BUDGET_MS = 8;
    private final PrintWriter out;
    private final boolean quick;
    private final boolean display;
    private final Runnable selectPlatform;

    UiBench(PrintWriter out, boolean quick, boolean display, Runnable selectPlatform) {
        this.out = out;
        this.quick = quick;
        this.display = display;
        this.selectPlatform = selectPlatform;
    }

    void run() throws InterruptedException {
        new StartupBench(out, quick ? 3 : 5, display).run();
        selectPlatform.run();
        plots();
        window();
        memory();
    }

    private void plots() throws InterruptedException {
        PlotBenchmark.Result r = PlotBenchmark.run(quick ? 40 : 200);
        out.printf("Plot drawing, %d plots x %,d points each (median ms per frame, budget %.0f ms):%n",
                PlotBenchmark.PLOTS, PlotBenchmark.POINTS, FRAME_BUDGET_MS);
        out.printf("  live (%,d points appended per plot per frame): %.2f ms  %s%n", PlotBenchmark.APPENDED_PER_FRAME,
                r.liveMillis(), r.liveMillis() <= FRAME_BUDGET_MS ? "within budget" : "OVER budget");
        out.printf("  all points rewritten: %.2f ms; axes changed every frame: %.2f ms; nothing changed: %.2f ms%n",
                r.rewriteMillis(), r.zoomMillis(), r.idleMillis());
        out.flush();
    }

    private void window() throws InterruptedException {
        System.gc(); // the plot benchmark's millions of points are garbage now: not the window's to collect
        List<ExperimentSpec> presets = PresetCatalog.names().stream().map(PresetCatalog::bundled).toList();
        ExperimentSpec e1 = PresetCatalog.bundled("diag-sgd-decay").withIterations(1_000_000_000L);
        try {
            int seconds = quick ? 2 : 5;
            int settle = quick ? 3 : 15;
            UiBenchmark.Measurement m = UiBenchmark.run(presets, e1, seconds, settle);
            out.printf("Main window, E1 training at full speed: the first %d s of play, then %d s more from %d s on "
                    + "(frame gaps: median / 99th percentile / worst):%n", seconds, seconds, seconds + settle);
            window("first seconds of play", m.start());
            window("steady state", m.steady());
            out.printf("  paused (after %d s of play), CPU of the whole process over %d s: Dashboard %.1f %%, "
                    + "Valley tab %.1f %% of one core%n", seconds * 2 + settle, seconds, m.pausedDashboardCpu(),
                    m.pausedValleyCpu());
        } catch (ExecutionException e) {
            out.println("Main window: could not be measured: " + e.getCause());
        }
        out.flush();
    }

    private void window(String phase, UiBenchmark.Result r) {
        out.printf("  %-24s %5.1f frames/s, gaps %.1f / %.1f / %.1f ms; step-size change applied in %.2f ms "
                + "(median); %,.0f steps/s%n", phase, r.framesPerSecond(), r.medianFrameMillis(), r.p99FrameMillis(),
                r.worstFrameMillis(), r.commandMillis(), r.stepsPerSecond());
    }

    private void memory() throws InterruptedException {
        long steps = quick ? 10_000_000L : 100_000_000L;
        ExperimentSpec toy = PresetCatalog.bundled("toy-quadratic");
        ExperimentSpec longRun = toy.withIterations(steps).withRuns(toy.runs().subList(0, 1));
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        try (ExperimentController c = new ExperimentController(longRun)) {
            while (c.status() == null) {
                Thread.sleep(10);
            }
            c.play();
            while (!c.status().allStopped()) {
                Thread.sleep(50);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        out.printf("Long live run: %,d steps of the toy with full live history in %.1f s; peak heap %.0f MB "
                + "(limit 512 MB), %.0f MB after it%n", steps, seconds, peak / 1e6, after / 1e6);
        out.flush();
    }
}
