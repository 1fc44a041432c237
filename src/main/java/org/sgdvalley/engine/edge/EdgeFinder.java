package org.sgdvalley.engine.edge;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Finds the edge of stability, the largest step size that does not diverge, by short runs: first a
 * bracket (doubling or halving the start until one side diverges and the other does not), then
 * bisection in log scale until the bracket is narrower than the relative tolerance. Assumes that
 * divergence is monotone in the step size, which holds for quadratics (threshold 2 / lambda) and
 * near enough for the paper's models.
 */
public final class EdgeFinder {
    /** Relative width at which bisection stops (1%). */
    public static final double DEFAULT_TOLERANCE = 0.01;
    private static final int MAX_BRACKET_STEPS = 40;

    private EdgeFinder() {
    }

    /** Thrown when a search is cancelled. */
    public static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    /**
     * Searches from {@code start} (&gt; 0).
     *
     * @param tolerance relative width of the final bracket, e.g. 0.01
     * @param progress  fraction done, called on the searching thread after each probe
     * @param cancelled polled before each probe; when true, {@link Cancelled} is thrown
     */
    public static Edge find(EdgeProbe probe, double start, double tolerance, DoubleConsumer progress,
                            BooleanSupplier cancelled) {
        if (!(start > 0) || !Double.isFinite(start) || !(tolerance > 0)) {
            throw new IllegalArgumentException("edge search needs a start step size > 0 and a tolerance > 0");
        }
        int bisections = (int) Math.ceil(Math.log(Math.log(2) / Math.log1p(tolerance)) / Math.log(2)) + 1;
        int[] probes = {0};
        DoubleProbe counted = eta -> {
            if (cancelled.getAsBoolean()) {
                throw new Cancelled();
            }
            boolean diverged = probe.diverges(eta);
            probes[0]++;
            progress.accept(Math.min(0.99, probes[0] / (double) (probes[0] + bisections + 2)));
            return diverged;
        };
        double lower = 0;
        double upper = Double.POSITIVE_INFINITY;
        double eta = start;
        if (counted.diverges(eta)) {
            upper = eta;
            for (int i = 0; i < MAX_BRACKET_STEPS && lower == 0; i++) {
                eta /= 2;
                if (counted.diverges(eta)) {
                    upper = eta;
                } else {
                    lower = eta;
                }
            }
        } else {
            lower = eta;
            for (int i = 0; i < MAX_BRACKET_STEPS && Double.isInfinite(upper); i++) {
                eta *= 2;
                if (counted.diverges(eta)) {
                    upper = eta;
                } else {
                    lower = eta;
                }
            }
        }
        if (lower == 0 || Double.isInfinite(upper)) {
            progress.accept(1);
            return new Edge(lower == 0 ? Double.NaN : lower, lower, upper, probes[0]);
        }
        while (upper / lower > 1 + tolerance) {
            double mid = Math.sqrt(lower * upper);
            if (counted.diverges(mid)) {
                upper = mid;
            } else {
                lower = mid;
            }
        }
        progress.accept(1);
        return new Edge(lower, lower, upper, probes[0]);
    }

    @FunctionalInterface
    private interface DoubleProbe {
        boolean diverges(double eta);
    }
}
