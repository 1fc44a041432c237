package org.sgdvalley.engine.landscape;

/**
 * The GD map of the toy C1 on one point (x = 1, theta* = 1): theta -&gt; theta + eta theta (1 - theta^2).
 * It converges for eta &lt;= 1, settles on a 2-cycle for 1 &lt; eta &lt; about 1.22 (eta = 1.1:
 * 0.815 &lt;-&gt; 1.116), a 4-cycle near 1.25 and chaos beyond about 1.3: bouncing across the valley in
 * one dimension.
 */
public final class ToyMap {
    /** Iterates above this are taken as diverged. */
    public static final double ESCAPE = 1e6;

    private ToyMap() {
    }

    /** One GD step of the map. */
    public static double step(double theta, double eta) {
        return theta + eta * theta * (1 - theta * theta);
    }

    /** theta_0 .. theta_steps from {@code theta0}; entries after an escape are NaN. */
    public static double[] iterates(double theta0, double eta, int steps) {
        double[] out = new double[steps + 1];
        out[0] = theta0;
        for (int t = 1; t <= steps; t++) {
            double next = step(out[t - 1], eta);
            out[t] = Double.isFinite(next) && Math.abs(next) < ESCAPE ? next : Double.NaN;
        }
        return out;
    }

    /**
     * The bifurcation diagram: for each of {@code columns} step sizes from etaMin to etaMax, the
     * {@code keep} iterates that follow {@code warmUp} steps from {@code theta0} (NaN if diverged).
     * Row {@code c} of the result belongs to eta = etaMin + c (etaMax - etaMin) / (columns - 1).
     */
    public static double[][] bifurcation(double etaMin, double etaMax, int columns, double theta0, int warmUp,
                                         int keep) {
        double[][] out = new double[columns][];
        for (int c = 0; c < columns; c++) {
            double eta = etaMin + (etaMax - etaMin) * c / Math.max(1, columns - 1);
            double theta = theta0;
            for (int t = 0; t < warmUp && Double.isFinite(theta); t++) {
                theta = step(theta, eta);
                if (Math.abs(theta) > ESCAPE) {
                    theta = Double.NaN;
                }
            }
            double[] kept = new double[keep];
            for (int k = 0; k < keep; k++) {
                theta = Double.isFinite(theta) ? step(theta, eta) : Double.NaN;
                if (Math.abs(theta) > ESCAPE) {
                    theta = Double.NaN;
                }
                kept[k] = theta;
            }
            out[c] = kept;
        }
        return out;
    }
}
