package org.sgdvalley.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
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

    /** Measures and prints; {@code quick} runs one seed of the big sweep instead of five. */
    static void report(PrintWriter out, boolean quick) throws InterruptedException {
        ExperimentSpec e1 = PresetCatalog.bundled("diag-sgd-decay");
        int cores = Machine.cores();
        ExperimentSpec cheap = e1.withMetrics(E1Workload.METRICS);
        // step sizes below the edge, so that every cell runs its 100,001 steps; rounds of about a second,
        // as shorter ones mostly time the JIT's and the collector's threads beside the cells
        SweepSpec cells = new SweepSpec(cheap, 1, new SweepAxis(SweepParameter.STEP_SIZE, 0.1, 0.25, 4 * cores, false),
                new SweepAxis(SweepParameter.DECAY_AT, 0.1, 0.9, quick ? 5 : 25, false), 1);
        // one runner for every round, as one sweep has one: the data is drawn, and the test set's Gram
        // matrix formed, once and not once a round
        SweepRunner runner = SweepRunner.allCores();
        double[] cold = time(runner, cells);
        int warmRounds = warmUp(runner, cells, quick ? 2 : 6);
        // the two rates alternate, so that a spell of load on a shared machine falls on both alike; the
        // rates per CPU second (the process's for the sweep, the thread's for the single run) hold up under
        // load that the wall-clock rates do not
        int rounds = quick ? 2 : 5;
        double[] wallRatios = new double[rounds];
        double[] cpuRatios = new double[rounds];
        double singleWall = 0;
        for (int k = 0; k < rounds; k++) {
            double[] single = singleRate(e1, 200_000, quick ? 0.5 : 1.0);
            double[] sweep = time(runner, cells);
            wallRatios[k] = sweep[1] / sweep[0] / cores / single[0];
            cpuRatios[k] = sweep[1] / sweep[2] / single[1];
            singleWall = single[0];
        }
        Arrays.sort(wallRatios);
        Arrays.sort(cpuRatios);
        double cpuRatio = cpuRatios[rounds / 2];
        out.printf("Sweep of E1-size cells (%d cells of 100,001 steps, %s at the end), %d threads, %d rounds once "
                + "the JIT compiler is done with the sweep's code, against the single-run chunked rate measured "
                + "between them:%n", cells.cellCount(), String.join(", ", E1Workload.METRICS), cores, rounds);
        out.printf("  per core, by wall clock: %.0f%% (median; %.0f-%.0f%%); per CPU second: %.0f%% (%.0f-%.0f%%); "
                + "goal >= %.0f%% per core: %s%n", 100 * wallRatios[rounds / 2], 100 * wallRatios[0],
                100 * wallRatios[rounds - 1], 100 * cpuRatio, 100 * cpuRatios[0], 100 * cpuRatios[rounds - 1],
                100 * GOAL, cpuRatio >= GOAL ? "PASS" : "FAIL");
        out.printf("  the first round in this JVM, while the sweep's code is compiled: %.0f%% per core by wall clock; "
                + "%d more round(s) until the compiler was quiet%n", 100 * cold[1] / cold[0] / cores / singleWall,
                warmRounds);
        int seeds = quick ? 1 : 5;
        SweepSpec big = new SweepSpec(e1, e1.runs().stream().map(r -> r.label()).toList().indexOf(RUN),
                SweepAxis.parse("step_size=0.1:0.35:26"), SweepAxis.parse("decay_at=0.1:0.9:9"), seeds);
        double[] whole = time(SweepRunner.allCores(), big);
        out.printf("  26 x 9 x %d sweep of E1 (%,d runs of 100,001 steps, the preset's metrics %s incl. rank at "
                + "the end): %.1f s, %,.0f steps taken (diverged cells stop early); %.1f CPU seconds, so %.1f s on "
                + "%d idle cores%n", seeds, big.cellCount(), String.join(", ", e1.metrics()), whole[0], whole[1],
                whole[2], whole[2] / cores, cores);
        out.flush();
    }

    /**
     * Runs the cells again until the JIT compiler spends under 2% of a round compiling, at most
     * {@code maxRounds} times, and returns the rounds run. The sweep is timed warm as the single run is:
     * its own code (set-up, loss samples, summary) runs only a few hundred times a round, so it takes
     * seconds to be compiled, and on two cores the compiler's threads take the cells' time meanwhile.
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
        return maxRounds;
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
