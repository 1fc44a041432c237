package org.sgdvalley.engine.optim;

import java.io.Serializable;

/**
 * Divide the step size by {@code factor} from a point of training on: at a fraction of the
 * iterations ({@code fraction} in [0, 1]) or, when {@code fraction} is NaN, at {@code iteration}.
 */
public record DecaySpec(double fraction, long iteration, double factor) implements Serializable {

    /** A decay at a fraction of training. */
    public static DecaySpec atFraction(double fraction, double factor) {
        return new DecaySpec(fraction, -1, factor);
    }

    /** A decay at an absolute iteration. */
    public static DecaySpec atIteration(long iteration, double factor) {
        return new DecaySpec(Double.NaN, iteration, factor);
    }

    /** The iteration from which the decay applies, for a run of {@code totalSteps}. */
    public long iteration(long totalSteps) {
        return Double.isNaN(fraction) ? iteration : (long) Math.floor(fraction * totalSteps);
    }
}
