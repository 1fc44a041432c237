package org.sgdvalley.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.preset.TimeEstimate;

/**
 * What the {@code bench} command measures, printed to the writer it is given: SGD steps per second of
 * every bundled model, the E1 workload's wall time against the numpy reference and the machine's
 * arithmetic bound, sweeps, linear algebra and landscapes, and (unless only the engine is asked for)
 * the desktop app's start-up, drawing, frame rate, idle CPU and memory.
 */
public final class Benchmarks {
    private static final double TARGET_SPEEDUP = 30;
    /** The E1 wall time may be at most this many times the arithmetic bound. */
    private static final double BOUND_FACTOR = 4;
    private final PrintWriter out;
    private final boolean quick;

    /** Benchmarks that print to {@code out}; {@code quick} shortens warm-ups and timings (less precise). */
    public Benchmarks(PrintWriter out, boolean quick) {
        this.out = out;
        this.quick = quick;
    }

    /** The engine's measurements: no window, no JavaFX. */
    public void engine() throws InterruptedException {
        out.println("Batch-1 SGD steps/s at each preset's size (one thread; chunked = Run.advance as headless "
                + "runs use it, single = one Run.step() call per step):");
        for (String name : PresetCatalog.names()) {
            ExperimentSpec preset = PresetCatalog.bundled(name);
            try {
                long warmup = quick ? 200_000 : 2_000_000;
                double time = quick ? 0.2 : 1.0;
                double chunked = StepRate.measure(preset, warmup, time, true);
                double single = StepRate.measure(preset, warmup, time / 2, false);
                out.printf("  %-22s chunked %,13.0f steps/s (%6.1f ns/step)   single %,13.0f steps/s (%6.1f ns/step)%n",
                        name, chunked, 1e9 / chunked, single, 1e9 / single);
            } catch (UnsupportedOperationException e) {
                out.printf("  %-22s not available in this build (%s)%n", name, e.getMessage());
            }
            out.flush();
        }
        e1();
        SweepBench.report(out, quick);
        new LinalgBench(out).run();
        LandscapeBench.report(out, quick);
    }

    /**
     * The desktop app's measurements. {@code display} says whether windows open on a display (for the
     * start-up line); {@code selectPlatform} chooses JavaFX's platform before the toolkit starts here
     * (after the start-up launches, which are JVMs of their own).
     */
    public void desktop(boolean display, Runnable selectPlatform) throws InterruptedException {
        new UiBench(out, quick, display, selectPlatform).run();
    }

    private void e1() throws InterruptedException {
        E1Workload workload = new E1Workload();
        // the JIT needs a couple of seconds of this workload before its times settle (measured: about
        // twenty runs); the first run, on a cold JIT, is reported apart
        int warmups = quick ? 3 : 25;
        int timed = quick ? 3 : 15;
        double cold = workload.seconds();
        for (int i = 1; i < warmups; i++) {
            workload.seconds();
        }
        double[] seconds = new double[timed];
        for (int i = 0; i < timed; i++) {
            seconds[i] = workload.seconds();
        }
        Arrays.sort(seconds);
        double best = seconds[0];
        double median = seconds[timed / 2];
        double flops = workload.flops();
        int d = workload.spec().data().d();
        int threads = Math.min(Machine.cores(), workload.spec().runs().size());
        out.printf("E1 workload: %d runs x 100,001 batch-1 steps (d=%d, n=%d), %s at %d points per run, %d threads%n",
                workload.spec().runs().size(), d, workload.spec().data().n(), String.join(", ", E1Workload.METRICS),
                workload.points(), threads);
        out.printf("  wall time: median %.4f s, best %.4f s of %d (after %d warm-ups; the first, cold, took %.4f s); "
                + "%,.0f steps/s in all%n", median, best, timed, warmups, cold, workload.steps() / median);
        double speedup = E1Workload.NUMPY_SECONDS / median;
        out.printf("  vs numpy (%.1f s): %.1fx faster; target >= %.0fx (<= %.3f s): %s%n", E1Workload.NUMPY_SECONDS,
                speedup, TARGET_SPEEDUP, E1Workload.NUMPY_SECONDS / TARGET_SPEEDUP,
                speedup >= TARGET_SPEEDUP ? "PASS" : "FAIL");
        out.printf("  work: %,.0f FLOPs per step + %,.0f per evaluation point + the test set's Gram matrix once"
                        + " = %.3g FLOPs; achieved %.2f GFLOP/s%n",
                E1Workload.stepFlops(d), E1Workload.evaluationFlops(d, workload.spec().data().n()), flops,
                flops / median / 1e9);
        Machine.gigahertz().ifPresentOrElse(ghz -> {
            double peak = threads * ghz * Machine.FLOPS_PER_CYCLE;
            double bound = flops / (peak * 1e9);
            double ratio = median / bound;
            out.printf("  arithmetic bound: %d cores x %.2f GHz x %.0f FLOPs/cycle = %.1f GFLOP/s, so %.4f s; "
                    + "wall time is %.1fx the bound (%.0f%% of peak); target <= %.0fx: %s%n", threads, ghz,
                    Machine.FLOPS_PER_CYCLE, peak, bound, ratio, 100 / ratio, BOUND_FACTOR,
                    ratio <= BOUND_FACTOR ? "PASS" : "FAIL");
        }, () -> out.println("  arithmetic bound: unknown (no clock frequency in /proc/cpuinfo)"));
        double estimate = TimeEstimate.of(workload.spec(), Long.MAX_VALUE, 0, threads).seconds();
        out.printf("  time estimate from the spec (as run and resume count it): %.3f s, %.1fx the median, %.1fx the "
                + "cold run%n", estimate, estimate / median, estimate / cold);
        out.flush();
    }
}
