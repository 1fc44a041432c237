package org.sgdvalley.engine.optim;

/**
 * A step-size schedule fixed for a run of {@code totalSteps} iterations:
 * {@code eta_t = shape(t) / (product of the decay factors whose iteration is <= t)}.
 */
public final class StepSizeSchedule {
    private final ScheduleSpec spec;
    private final long totalSteps;
    private final long warmupEnd;
    private final long[] decayAt;
    private final double[] decayFactor;

    StepSizeSchedule(ScheduleSpec spec, long totalSteps, long warmupEnd, long[] decayAt, double[] decayFactor) {
        this.spec = spec;
        this.totalSteps = Math.max(1, totalSteps);
        this.warmupEnd = warmupEnd;
        this.decayAt = decayAt;
        this.decayFactor = decayFactor;
    }

    /** The planned step size at iteration {@code t} (0-based). */
    public double at(long t) {
        double eta = spec.stepSize() * shape(t);
        for (int i = 0; i < decayAt.length; i++) {
            if (t >= decayAt[i]) {
                eta /= decayFactor[i];
            }
        }
        return eta;
    }

    /**
     * The first iteration after {@code t} whose step size may differ from {@code at(t)}: every iteration
     * in between has exactly the step size {@code at(t)}. For the constant and piecewise shapes that is
     * the next decay; the warm-ups and the cosine change at every step.
     */
    public long constantUntil(long t) {
        if (spec.shape() != ScheduleSpec.Shape.CONSTANT && spec.shape() != ScheduleSpec.Shape.PIECEWISE) {
            return t + 1;
        }
        long next = Long.MAX_VALUE;
        for (long at : decayAt) {
            if (at > t && at < next) {
                next = at;
            }
        }
        return next;
    }

    /** Iterations at which a decay happens, for plot markers. */
    public long[] decayIterations() {
        return decayAt.clone();
    }

    /** The number of iterations the schedule was resolved for. */
    public long totalSteps() {
        return totalSteps;
    }

    private double shape(long t) {
        double warm = (double) Math.min(t, warmupEnd);
        return switch (spec.shape()) {
            case CONSTANT, PIECEWISE -> 1.0;
            case LINEAR_WARMUP -> 1.0 + (spec.warmupFactor() - 1.0) * warm / totalSteps;
            case POWER_WARMUP -> 1.0 + spec.warmupFactor() * Math.pow(warm / totalSteps, spec.warmupPower());
            case EXPONENTIAL_WARMUP -> Math.pow(spec.warmupFactor(), warm / warmupEnd);
            case COSINE -> 0.5 * (1.0 + Math.cos(Math.PI * Math.min(t, totalSteps) / totalSteps));
        };
    }
}
