package org.sgdvalley.engine.landscape;

import java.util.List;

/**
 * A plane through parameter space, {@code origin + a e1 + b e2} with orthonormal e1, e2, onto which
 * iterates are projected and over which the loss is drawn.
 *
 * <p>For the diagonal network (E3 of the paper) parameters are first mapped to (|u|, |v|), which
 * identifies the sign-symmetric copies of the valley; {@link #absolute()} says whether this plane
 * does so.
 *
 * @param origin   the point at (0, 0), usually the initialization
 * @param e1       first unit direction
 * @param e2       second unit direction, orthogonal to e1
 * @param absolute map parameters to their absolute values before projecting
 * @param anchors  named points of the picture in plane coordinates (init, target, gradient flow...)
 */
public record LandscapePlane(double[] origin, double[] e1, double[] e2, boolean absolute, List<Anchor> anchors) {

    /** A named point in plane coordinates, e.g. "w*" or "gradient flow". */
    public record Anchor(String name, double a, double b) {
    }

    public LandscapePlane {
        if (origin.length != e1.length || origin.length != e2.length) {
            throw new IllegalArgumentException("plane vectors of different lengths");
        }
        anchors = List.copyOf(anchors);
    }

    /**
     * The plane of E3 for a diagonal network with parameters [u, v]: e1 along w* - w_init with
     * w* = (sqrt|beta*|, sqrt|beta*|), e2 the part of (w_gf - w_init) orthogonal to e1, normalized,
     * every point taken as (|u|, |v|).
     */
    public static LandscapePlane diagonal(double[] init, double[] betaStar, double[] gradientFlowEnd) {
        int d = betaStar.length;
        double[] origin = abs(init);
        double[] target = new double[2 * d];
        for (int j = 0; j < d; j++) {
            target[j] = Math.sqrt(Math.abs(betaStar[j]));
            target[d + j] = target[j];
        }
        LandscapePlane plane = through(origin, target, abs(gradientFlowEnd), true);
        return plane.withAnchors(plane.anchor("init", init), plane.anchor("w*", target),
                plane.anchor("gradient flow end", gradientFlowEnd));
    }

    /**
     * The plane through {@code origin}, {@code p1} and {@code p2}: e1 along p1 - origin, e2 the part of
     * p2 - origin orthogonal to e1. Degenerate directions are replaced by coordinate axes so that the
     * result is always a plane.
     */
    public static LandscapePlane through(double[] origin, double[] p1, double[] p2, boolean absolute) {
        int p = origin.length;
        double[] e1 = minus(p1, origin);
        if (!normalize(e1)) {
            e1 = unit(p, 0);
        }
        double[] e2 = minus(p2, origin);
        orthogonalize(e2, e1);
        if (!normalize(e2)) {
            for (int k = 0; k < p; k++) {
                e2 = unit(p, k);
                orthogonalize(e2, e1);
                if (normalize(e2)) {
                    break;
                }
            }
        }
        return new LandscapePlane(origin.clone(), e1, e2, absolute, List.of());
    }

    /** This plane with other anchors. */
    public LandscapePlane withAnchors(Anchor... named) {
        return new LandscapePlane(origin, e1, e2, absolute, List.of(named));
    }

    /** An anchor at the projection of {@code params}. */
    public Anchor anchor(String name, double[] params) {
        double[] ab = project(params);
        return new Anchor(name, ab[0], ab[1]);
    }

    /** Number of parameters. */
    public int dimension() {
        return origin.length;
    }

    /** Plane coordinates (a, b) of the orthogonal projection of {@code params}. */
    public double[] project(double[] params) {
        double a = 0;
        double b = 0;
        for (int j = 0; j < origin.length; j++) {
            double w = (absolute ? Math.abs(params[j]) : params[j]) - origin[j];
            a += w * e1[j];
            b += w * e2[j];
        }
        return new double[] {a, b};
    }

    /** Writes the parameter vector at plane coordinates (a, b) into {@code out}. */
    public void point(double a, double b, double[] out) {
        for (int j = 0; j < origin.length; j++) {
            out[j] = origin[j] + a * e1[j] + b * e2[j];
        }
    }

    private static double[] abs(double[] v) {
        double[] out = new double[v.length];
        for (int j = 0; j < v.length; j++) {
            out[j] = Math.abs(v[j]);
        }
        return out;
    }

    private static double[] minus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            out[j] = a[j] - b[j];
        }
        return out;
    }

    private static double[] unit(int p, int k) {
        double[] e = new double[p];
        e[k % p] = 1;
        return e;
    }

    private static void orthogonalize(double[] v, double[] unitE) {
        double dot = 0;
        for (int j = 0; j < v.length; j++) {
            dot += v[j] * unitE[j];
        }
        for (int j = 0; j < v.length; j++) {
            v[j] -= dot * unitE[j];
        }
    }

    /** Scales {@code v} to unit length; false (and {@code v} untouched) if it is (nearly) zero. */
    private static boolean normalize(double[] v) {
        double n2 = 0;
        for (double c : v) {
            n2 += c * c;
        }
        if (!(n2 > 1e-24) || !Double.isFinite(n2)) {
            return false;
        }
        double inv = 1 / Math.sqrt(n2);
        for (int j = 0; j < v.length; j++) {
            v[j] *= inv;
        }
        return true;
    }
}
