package org.sgdvalley.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: SGD steps per second of every bundled model, and the E1 workload's wall time against
 * the numpy reference and against the machine's arithmetic bound.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training speed: steps/s per model and the paper's E1 workload.")
final class BenchCommand implements Callable<Integer> {
    private static final double TARGET_SPEEDUP = 30;

    @Spec
    private CommandSpec spec;

    @Option(names = "--quick", description = "Shorter warm-up and timing (less precise).")
    private boolean quick;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        out.println("Batch-1 SGD step loop, at each preset's size (one thread):");
        for (String name : PresetCatalog.names()) {
            ExperimentSpec preset = PresetCatalog.bundled(name);
            try {
                double rate = StepRate.measure(preset, quick ? 200_000 : 2_000_000, quick ? 0.2 : 1.0);
                out.printf("  %-22s %,14.0f steps/s  (%.1f ns/step)%n", name, rate, 1e9 / rate);
            } catch (UnsupportedOperationException e) {
                out.printf("  %-22s not available in this build (%s)%n", name, e.getMessage());
            }
            out.flush();
        }
        e1(out);
        LandscapeBench.report(out, quick);
        return 0;
    }

    private void e1(PrintWriter out) throws InterruptedException {
        E1Workload workload = new E1Workload();
        int warmups = quick ? 1 : 3;
        int timed = quick ? 1 : 5;
        for (int i = 0; i < warmups; i++) {
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
        out.printf("E1 workload: %d runs x 100,001 steps, %s at %d points per run, %d threads%n",
                workload.spec().runs().size(), String.join(", ", E1Workload.METRICS), workload.points(),
                Math.min(Machine.cores(), workload.spec().runs().size()));
        out.printf("  wall time: best %.3f s, median %.3f s of %d (after %d warm-ups)%n", best, median, timed,
                warmups);
        double speedup = E1Workload.NUMPY_SECONDS / median;
        out.printf("  numpy reference %.1f s: %.0fx faster (target %.0fx: %s)%n", E1Workload.NUMPY_SECONDS, speedup,
                TARGET_SPEEDUP, speedup >= TARGET_SPEEDUP ? "met" : "NOT met");
        out.printf("  work: %.0f FLOPs per step at d=200, %.3g FLOPs in all; achieved %.2f GFLOP/s%n",
                E1Workload.stepFlops(200), flops, flops / median / 1e9);
        int threads = Math.min(Machine.cores(), workload.spec().runs().size());
        Machine.gigahertz().ifPresentOrElse(ghz -> {
            double peak = threads * ghz * Machine.FLOPS_PER_CYCLE;
            out.printf("  arithmetic bound: %d cores x %.2f GHz x %.0f FLOPs/cycle = %.1f GFLOP/s (%.3f s); "
                    + "achieved %.1f%% of it%n", threads, ghz, Machine.FLOPS_PER_CYCLE, peak, flops / peak / 1e9,
                    100 * flops / median / 1e9 / peak);
        }, () -> out.println("  arithmetic bound: unknown (no clock frequency in /proc/cpuinfo)"));
        out.flush();
    }
}
