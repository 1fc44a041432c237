package org.sgdvalley.engine.metric;

import org.sgdvalley.engine.model.DiagonalNetwork;

/** l0 and l1 of beta = u * v for diagonal networks. */
final class BetaNorms {
    /** The paper's threshold: a coordinate counts as non-zero when |u_i v_i| &gt; 1e-50. */
    static final double L0_THRESHOLD = 1e-50;

    private BetaNorms() {
    }

    static Metric l0() {
        return new Losses.Simple("l0", m -> m instanceof DiagonalNetwork, c -> l0(c.params()));
    }

    static Metric l1() {
        return new Losses.Simple("l1", m -> m instanceof DiagonalNetwork, c -> l1(c.params()));
    }

    /** Number of coordinates with |u_i v_i| &gt; 1e-50; params laid out as [u, v]. */
    static double l0(double[] params) {
        int d = params.length / 2;
        int count = 0;
        for (int j = 0; j < d; j++) {
            if (Math.abs(params[j] * params[d + j]) > L0_THRESHOLD) {
                count++;
            }
        }
        return count;
    }

    /** Sum of |u_i v_i|. */
    static double l1(double[] params) {
        int d = params.length / 2;
        double sum = 0;
        for (int j = 0; j < d; j++) {
            sum += Math.abs(params[j] * params[d + j]);
        }
        return sum;
    }
}
