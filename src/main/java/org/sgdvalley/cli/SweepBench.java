package org.sgdvalley.cli;

import java.io.PrintWriter;
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

    private SweepBench() {
    }

    /** Measures and prints; {@code quick} runs one seed of the big sweep instead of five. */
    static void report(PrintWriter out, boolean quick) throws InterruptedException {
        ExperimentSpec e1 = PresetCatalog.bundled("diag-sgd-decay");
        int cores = Machine.cores();
        ExperimentSpec cheap = e1.withMetrics(E1Workload.METRICS);
        // step sizes below the edge, so that every cell runs its 100,001 steps
        SweepSpec cells = new SweepSpec(cheap, 1, new SweepAxis(SweepParameter.STEP_SIZE, 0.1, 0.25, 4 * cores, false),
                new SweepAxis(SweepParameter.DECAY_AT, 0.1, 0.9, quick ? 2 : 5, false), 1);
        time(new SweepSpec(cheap, 1, cells.x(), new SweepAxis(SweepParameter.DECAY_AT, 0.5, 0.5, 1, false), 1));
        // the two rates alternate, so that a spell of load on a shared machine falls on both alike
        int rounds = quick ? 2 : 3;
        double[] ratios = new double[rounds];
        double[] rates = new double[rounds];
        double single = 0;
        for (int k = 0; k < rounds; k++) {
            single = StepRate.measure(e1, quick ? 200_000 : 2_000_000, quick ? 0.5 : 1.0, true);
            double[] sweep = time(cells);
            rates[k] = sweep[1] / sweep[0];
            ratios[k] = rates[k] / cores / single;
        }
        java.util.Arrays.sort(ratios);
        java.util.Arrays.sort(rates);
        double ratio = ratios[rounds / 2];
        out.printf("Sweep of E1-size cells (%d cells of 100,001 steps, %s at the end), %d threads, %d rounds:%n",
                cells.cellCount(), String.join(", ", E1Workload.METRICS), cores, rounds);
        out.printf("  %,.0f steps/s in all (median), %,.0f per core, against the single-run chunked rate measured "
                + "between them (last %,.0f steps/s): %.0f%% per core (median of the rounds' ratios, %.0f-%.0f%%); "
                + "goal >= %.0f%%: %s%n", rates[rounds / 2], rates[rounds / 2] / cores, single, 100 * ratio,
                100 * ratios[0], 100 * ratios[rounds - 1], 100 * GOAL, ratio >= GOAL ? "PASS" : "FAIL");
        int seeds = quick ? 1 : 5;
        SweepSpec big = new SweepSpec(e1, e1.runs().stream().map(r -> r.label()).toList().indexOf(RUN),
                SweepAxis.parse("step_size=0.1:0.35:26"), SweepAxis.parse("decay_at=0.1:0.9:9"), seeds);
        double[] whole = time(big);
        out.printf("  26 x 9 x %d sweep of E1 (%,d runs of 100,001 steps, the preset's metrics %s incl. rank at "
                + "the end): %.1f s, %,.0f steps taken (diverged cells stop early)%n", seeds, big.cellCount(),
                String.join(", ", e1.metrics()), whole[0], whole[1]);
        out.flush();
    }

    /** {wall seconds, steps taken} of a whole sweep. */
    private static double[] time(SweepSpec sweep) throws InterruptedException {
        AtomicLong steps = new AtomicLong();
        long start = System.nanoTime();
        SweepRunner.allCores().run(sweep, Set.of(), row -> steps.addAndGet(row.steps()), done -> { });
        return new double[] {(System.nanoTime() - start) / 1e9, steps.get()};
    }
}
