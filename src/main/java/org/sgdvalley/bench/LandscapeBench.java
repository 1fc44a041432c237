package org.sgdvalley.bench;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import org.sgdvalley.engine.landscape.E3Landscape;
import org.sgdvalley.engine.landscape.GradientFlow;
import org.sgdvalley.engine.landscape.GridEvaluator;
import org.sgdvalley.engine.landscape.LandscapePlane;
import org.sgdvalley.engine.metric.Linalg;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.preset.PresetCatalog;

/** The E3 landscape grid (100 x 100 losses over the plane) timed by ND4J batches and by a plain loop. */
final class LandscapeBench {
    static final double BUDGET_SECONDS = 1.0;

    private LandscapeBench() {
    }

    static void report(PrintWriter out, boolean quick) {
        Experiment e3 = new Experiment(PresetCatalog.bundled("diag-valley-2d"));
        double[] init = e3.runs().get(0).params().clone();
        long start = System.nanoTime();
        LandscapePlane plane = E3Landscape.plane(e3.model(), e3.data(), init, init, init);
        double planeSeconds = (System.nanoTime() - start) / 1e9;
        double[] window = {-0.5, 2.3, -0.5, 2.3};
        Linalg.warmUp();
        int repeats = quick ? 3 : 10;
        double batched = best(e3, plane, window, GridEvaluator.Method.BATCHED, repeats);
        double loop = best(e3, plane, window, GridEvaluator.Method.LOOP, repeats);
        boolean batchedByDefault = GridEvaluator.defaultMethod(e3.model(), e3.data()) == GridEvaluator.Method.BATCHED;
        double total = planeSeconds + (batchedByDefault ? batched : loop);
        out.printf("E3 landscape grid %d x %d (n=%d, d=%d): ND4J batched %.1f ms, plain Java loop %.1f ms "
                        + "(best of %d); plane incl. gradient flow (%,d GD steps) %.1f ms; total with the %s %.3f s "
                        + "(budget %.0f s: %s)%n", E3Landscape.SIDE, E3Landscape.SIDE, e3.data().n(), e3.data().d(),
                batched * 1e3, loop * 1e3, repeats, GradientFlow.STEPS, planeSeconds * 1e3,
                batchedByDefault ? "ND4J batches" : "loop (chosen at this size)", total, BUDGET_SECONDS,
                total <= BUDGET_SECONDS ? "met" : "NOT met");
        Experiment e1 = new Experiment(PresetCatalog.bundled("diag-sgd-decay"));
        double[] init1 = e1.runs().get(0).params().clone();
        LandscapePlane plane1 = E3Landscape.plane(e1.model(), e1.data(), init1, init1, init1);
        double[] window1 = E3Landscape.window(plane1, List.of());
        out.printf("E1-size landscape grid %d x %d (n=%d, d=%d): ND4J batched %.1f ms, plain Java loop %.1f ms%n",
                E3Landscape.SIDE, E3Landscape.SIDE, e1.data().n(), e1.data().d(),
                best(e1, plane1, window1, GridEvaluator.Method.BATCHED, repeats) * 1e3,
                best(e1, plane1, window1, GridEvaluator.Method.LOOP, repeats) * 1e3);
        out.flush();
    }

    private static double best(Experiment e3, LandscapePlane plane, double[] w, GridEvaluator.Method method,
                               int repeats) {
        double[] seconds = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            GridEvaluator.evaluate(e3.model(), e3.data(), plane, w[0], w[1], w[2], w[3], E3Landscape.SIDE,
                    E3Landscape.SIDE, method, p -> { }, () -> false);
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[0];
    }
}
