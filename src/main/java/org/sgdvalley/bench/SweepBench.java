package org.sgdvalley.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.sweep.SweepAxis;
import org.sgdvalley.engine.sweep.SweepParameter;
import org.sgdvalley.engine.sweep.SweepRunner;
import org.sgdvalley.engine.sweep.SweepSpec;
import org.sgdvalley.preset.PresetCatalog;

/**
 * The sweep figures of {@code bench}: the step throughput of E1-size cells on every core against the
 * single-run chunked step rate, and the wall time of the 26 x 9 x 5 sweep of E1.
 */
final class SweepBench {
    private static final String RUN = "eta=0.275, decay at 10%";
    private static final double GOAL = 0.9;
    /** Share of a round's wall time the compiler may still take when the sweep counts as warm. */
    private static final double QUIET_COMPILING = 0.02;

    private SweepBench() {
    }

    /** Per-core ratios of the timed rounds, sorted, and the single run's last rate. */
    private record Rates(double[] wall, double[] withSetup, double[] cpu, double singleRate) {
        /** The median, the lower of the two middle values for an even count. */
        static double median(double[] sorted) {
            return sorted[(sorted.length - 1) / 2];
        }
    }

    /** Measures and prints; {@code quick} runs one seed of the big sweep instead of five. */
    static void report(PrintWriter out, boolean quick) throws InterruptedException {
        ExperimentSpec e1 = PresetCatalog.bundled("diag-sgd-decay");
        int cores = Machine.cores();
        ExperimentSpec cheap = e1.withMetrics(E1Workload.METRICS);
        // step sizes below the edge, so that every cell runs its 100,001 steps; rounds of about a second,
        // as shorter ones mostly time the JIT's and the collector's threads beside the cells
        SweepSpec cells = new SweepSpec(cheap, 1, new SweepAxis(SweepParameter.STEP_SIZE, 0.1, 0.25, 4 * cores, false),
                new SweepAxis(SweepParameter.DECAY_AT, 0.1, 0.9, quick ? 5 : 25, false), 1);
        // one runner for every round, as the cells of one long sweep share one: the data is drawn, and the
        // test set's Gram matrix formed, once; what that costs a sweep is measured apart
        SweepRunner runner = SweepRunner.allCores();
        double[] cold = time(runner, cells);
        int warmRounds = warmUp(runner, cells, quick ? 2 : 6);
        double setup = setupSeconds(cheap);
        Rates rates = rates(e1, runner, cells, setup, quick);
        double cpuRatio = Rates.median(rates.cpu());
        out.printf("Sweep of E1-size cells (%d cells of 100,001 steps, %s at the end), %d threads, %d rounds %s, "
                + "against the single-run chunked rate measured between them:%n", cells.cellCount(),
                String.join(", ", E1Workload.METRICS), cores, rates.cpu().length, warmRounds > 0
                        ? "once the JIT compiler is done with the sweep's code"
                        : "while the JIT compiler still compiles the sweep's code");
        out.printf("  per core, by wall clock: %.0f%% (median; %s); per CPU second: %.0f%% (%s); goal >= %.0f%% per "
                + "core: %s%n", 100 * Rates.median(rates.wall()), spread(rates.wall()), 100 * cpuRatio,
                spread(rates.cpu()), 100 * GOAL, cpuRatio >= GOAL ? "PASS" : "FAIL");
        out.printf("  a sweep's own set-up (drawing its data, forming the test set's Gram matrix) %.0f ms, once per "
                + "sweep and data seed: with it, these %d cells run at %.0f%% per core by wall clock%n", 1e3 * setup,
                cells.cellCount(), 100 * Rates.median(rates.withSetup()));
        out.printf("  the first round in this JVM (set-up included, the sweep's code being compiled): %.0f%% per core "
                + "by wall clock; %s%n", 100 * cold[1] / cold[0] / cores / rates.singleRate(), warmRounds > 0
                        ? warmRounds + " more round(s) until the compiler was quiet"
                        : "the compiler was still busy after " + -warmRounds + " more rounds");
        bigSweep(out, e1, cores, quick);
        out.flush();
    }

    /**
     * The timed rounds: the two rates alternate, so that a spell of load on a shared machine falls on
     * both alike; the rates per CPU second (the process's for the sweep, the thread's for the single run)
     * hold up under load that the wall-clock rates do not.
     */
    private static Rates rates(ExperimentSpec e1, SweepRunner runner, SweepSpec cells, double setup, boolean quick)
            throws InterruptedException {
        int cores = Machine.cores();
        int rounds = quick ? 2 : 5;
        double[] wall = new double[rounds];
        double[] withSetup = new double[rounds];
        double[] cpu = new double[rounds];
        double lastSingleRate = 0;
        for (int k = 0; k < rounds; k++) {
            double[] single = singleRate(e1, 200_000, quick ? 0.5 : 1.0);
            double[] sweep = time(runner, cells);
            wall[k] = sweep[1] / sweep[0] / cores / single[0];
            withSetup[k] = sweep[1] / (sweep[0] + setup) / cores / single[0];
            cpu[k] = sweep[1] / sweep[2] / single[1];
            lastSingleRate = single[0];
        }
        Arrays.sort(wall);
        Arrays.sort(withSetup);
        Arrays.sort(cpu);
        return new Rates(wall, withSetup, cpu, lastSingleRate);
    }

    private static String spread(double[] sorted) {
        return String.format("%.0f-%.0f%%", 100 * sorted[0], 100 * sorted[sorted.length - 1]);
    }

    /** Wall seconds a sweep spends before its cells: its data drawn, the test set's Gram matrix formed. */
    private static double setupSeconds(ExperimentSpec spec) {
        long start = System.nanoTime();
        Experiment experiment = new Experiment(spec, spec.data().generate());
        experiment.evaluate(experiment.runs().get(0)); // the first test loss forms the Gram matrix
        return (System.nanoTime() - start) / 1e9;
    }

    /** The 26 x 9 x 5 sweep of E1 (one seed when quick), as the command line runs it. */
    private static void bigSweep(PrintWriter out, ExperimentSpec e1, int cores, boolean quick)
            throws InterruptedException {
        int seeds = quick ? 1 : 5;
        SweepSpec big = new SweepSpec(e1, e1.runs().stream().map(r -> r.label()).toList().indexOf(RUN),
                SweepAxis.parse("step_size=0.1:0.35:26"), SweepAxis.parse("decay_at=0.1:0.9:9"), seeds);
        double[] whole = time(SweepRunner.allCores(), big);
        out.printf("  26 x 9 x %d sweep of E1 (%,d runs of 100,001 steps, the preset's metrics %s incl. rank at "
                + "the end): %.1f s, %,.0f steps taken (diverged cells stop early); %.1f CPU seconds, so %.1f s on "
                + "%d idle cores%n", seeds, big.cellCount(), String.join(", ", e1.metrics()), whole[0], whole[1],
                whole[2], whole[2] / cores, cores);
    }

    /**
     * Runs the cells again until the JIT compiler spends under 2% of a round compiling, at most
     * {@code maxRounds} times: the rounds run, negative if the compiler never went quiet. The sweep is
     * timed warm as the single run is: its own code (set-up, loss samples, summary) runs only a few
     * hundred times a round, so it takes seconds to be compiled, and on two cores the compiler's threads
     * take the cells' time meanwhile.
     */
    private static int warmUp(SweepRunner runner, SweepSpec cells, int maxRounds) throws InterruptedException {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        for (int k = 1; k <= maxRounds; k++) {
            long compiling = jit.getTotalCompilationTime();
            double wall = time(runner, cells)[0];
            if (jit.getTotalCompilationTime() - compiling < QUIET_COMPILING * wall * 1000) {
                return k;
            }
        }
        return -maxRounds;
    }

    /** {wall seconds, steps taken, CPU seconds of the process} of a whole sweep. */
    private static double[] time(SweepRunner runner, SweepSpec sweep) throws InterruptedException {
        AtomicLong steps = new AtomicLong();
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        runner.run(sweep, Set.of(), row -> steps.addAndGet(row.steps()), done -> { });
        return new double[] {(System.nanoTime() - start) / 1e9, steps.get(), (processCpuNanos() - cpu) / 1e9};
    }

    /** {steps per wall second, steps per CPU second of this thread} of one E1 run stepping chunked. */
    private static double[] singleRate(ExperimentSpec e1, long warmup, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        double rate = StepRate.measure(e1, warmup, seconds, true);
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        // the short warm-up falls in both clocks alike
        return new double[] {rate, rate * wall / cpuSeconds};
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
