package org.sgdvalley.engine.optim;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A step-size schedule as written in a preset, before the number of iterations is known.
 *
 * @param shape        the curve the base step size follows
 * @param stepSize     the base step size eta
 * @param decays       divisions of the step size at a fraction of training or an iteration
 * @param warmupFactor F of the linear (eta (1 + (F-1) t/T)) and exponential (eta F^(t/E)) warm-ups,
 *                     A of the power warm-up eta (1 + A (t/T)^p)
 * @param warmupPower  p of the power warm-up
 * @param warmupUntil  fraction of training where the warm-up stops growing; NaN means the first decay
 *                     (or the end of training when there is none)
 */
public record ScheduleSpec(Shape shape, double stepSize, List<DecaySpec> decays, double warmupFactor,
                           double warmupPower, double warmupUntil) implements Serializable {

    /** The base curves of the paper's schedules. */
    public enum Shape { CONSTANT, PIECEWISE, LINEAR_WARMUP, POWER_WARMUP, EXPONENTIAL_WARMUP, COSINE }

    public ScheduleSpec {
        decays = List.copyOf(decays);
    }

    /** A constant step size. */
    public static ScheduleSpec constant(double stepSize) {
        return new ScheduleSpec(Shape.CONSTANT, stepSize, List.of(), 1, 1, Double.NaN);
    }

    /** A constant step size divided at the given decays. */
    public static ScheduleSpec piecewise(double stepSize, List<DecaySpec> decays) {
        return new ScheduleSpec(Shape.PIECEWISE, stepSize, decays, 1, 1, Double.NaN);
    }

    /** The same schedule with another base step size. */
    public ScheduleSpec withStepSize(double newStepSize) {
        return new ScheduleSpec(shape, newStepSize, decays, warmupFactor, warmupPower, warmupUntil);
    }

    /** Fixes every fraction against {@code totalSteps} iterations. */
    public StepSizeSchedule resolve(long totalSteps) {
        long[] at = new long[decays.size()];
        double[] factors = new double[decays.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = decays.get(i).iteration(totalSteps);
            factors[i] = decays.get(i).factor();
        }
        long warmupEnd = Double.isNaN(warmupUntil)
                ? (at.length > 0 ? Arrays.stream(at).min().getAsLong() : totalSteps)
                : (long) Math.floor(warmupUntil * totalSteps);
        return new StepSizeSchedule(this, totalSteps, Math.max(1, warmupEnd), at, factors);
    }
}
