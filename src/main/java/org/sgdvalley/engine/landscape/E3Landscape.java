package org.sgdvalley.engine.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.data.GroundTruth;
import org.sgdvalley.engine.model.DiagonalNetwork;
import org.sgdvalley.engine.model.Model;

/**
 * Chooses the plane and the window of a landscape picture and computes its grid: the E3 plane for a
 * diagonal network with a sparse target, otherwise the plane through the initialization, the current
 * iterate and the final (or gradient-flow) point; the window holds every anchor and path point with a
 * margin.
 */
public final class E3Landscape {
    /** Nodes per side of the grid (E3 uses 100 x 100). */
    public static final int SIDE = 100;
    private static final double MARGIN = 0.12;
    /** The smallest window side, in parameter-space distance (a run that has not moved yet). */
    static final double MIN_SPAN = 0.5;

    private E3Landscape() {
    }

    /** Whether the E3 construction applies: a diagonal network with a known sparse target. */
    public static boolean appliesTo(Model model, Dataset data) {
        return model instanceof DiagonalNetwork && data.truth() instanceof GroundTruth.SparseVector;
    }

    /**
     * The plane for this model.
     *
     * @param current the focused run's current iterate (used for models other than the diagonal net)
     * @param last    another run's current or final iterate (idem)
     */
    public static LandscapePlane plane(Model model, Dataset data, double[] init, double[] current, double[] last) {
        if (appliesTo(model, data)) {
            double[] gf = GradientFlow.endPoint(model, data, init, GradientFlow.STEP_SIZE, GradientFlow.STEPS);
            return LandscapePlane.diagonal(init, ((GroundTruth.SparseVector) data.truth()).betaStar(), gf);
        }
        LandscapePlane plane = LandscapePlane.through(init, current, last, false);
        return plane.withAnchors(plane.anchor("init", init), plane.anchor("current", current),
                plane.anchor("final", last));
    }

    /** A window [aMin, aMax, bMin, bMax] holding the anchors and {@code points} (plane coordinates). */
    public static double[] window(LandscapePlane plane, List<double[]> points) {
        List<double[]> all = new ArrayList<>(points);
        plane.anchors().forEach(a -> all.add(new double[] {a.a(), a.b()}));
        double aMin = Double.POSITIVE_INFINITY;
        double aMax = Double.NEGATIVE_INFINITY;
        double bMin = Double.POSITIVE_INFINITY;
        double bMax = Double.NEGATIVE_INFINITY;
        for (double[] p : all) {
            if (Double.isFinite(p[0]) && Double.isFinite(p[1])) {
                aMin = Math.min(aMin, p[0]);
                aMax = Math.max(aMax, p[0]);
                bMin = Math.min(bMin, p[1]);
                bMax = Math.max(bMax, p[1]);
            }
        }
        double span = Math.max(Math.max(aMax - aMin, bMax - bMin), MIN_SPAN);
        double m = MARGIN * span + 1e-9;
        // keep the picture from being a thin strip: each side at least half the other
        double wa = Math.max(aMax - aMin, 0.5 * span);
        double wb = Math.max(bMax - bMin, 0.5 * span);
        double ca = 0.5 * (aMin + aMax);
        double cb = 0.5 * (bMin + bMax);
        return new double[] {ca - wa / 2 - m, ca + wa / 2 + m, cb - wb / 2 - m, cb + wb / 2 + m};
    }

    /** The grid over a window, with the method that suits the model. */
    public static LandscapeGrid grid(Model model, Dataset data, LandscapePlane plane, double[] window,
                                     DoubleConsumer progress, BooleanSupplier cancelled) {
        return GridEvaluator.evaluate(model, data, plane, window[0], window[1], window[2], window[3], SIDE, SIDE,
                GridEvaluator.defaultMethod(model, data), progress, cancelled);
    }
}
