package org.sgdvalley.engine.run;

/**
 * When a live run measures a group of metrics next: as often as keeps measuring under a quarter of
 * the training time, and never fewer than a minimum number of points over the planned run.
 */
final class MetricCadence {
    private static final double TIME_SHARE = 0.25;
    private final long minimumEvery;
    private long nextAt;

    /** A cadence guaranteeing {@code minimumPoints} points over {@code totalSteps} (0: never measure). */
    MetricCadence(long totalSteps, long minimumPoints) {
        this.minimumEvery = minimumPoints <= 0 ? -1 : Math.max(1, totalSteps / minimumPoints);
        this.nextAt = minimumPoints <= 0 ? Long.MAX_VALUE : 0;
    }

    boolean never() {
        return minimumEvery < 0;
    }

    boolean due(long iteration) {
        return iteration >= nextAt;
    }

    /** Steps from {@code iteration} until a measurement is due (at least 1; very many when never). */
    long stepsUntilDue(long iteration) {
        return nextAt == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1, nextAt - iteration);
    }

    /** Schedules the next measurement after one that took {@code nanos} (-1: the group is empty). */
    void measured(long iteration, double nanos, double stepNanos) {
        if (nanos < 0) {
            nextAt = Long.MAX_VALUE;
            return;
        }
        long affordable = (long) Math.ceil(nanos / (TIME_SHARE * stepNanos));
        nextAt = iteration + Math.max(1, Math.min(affordable, minimumEvery));
    }

    /** Measures again from {@code iteration} (after a rewind, or once the first cost is known). */
    void restartAt(long iteration) {
        if (!never() && nextAt != Long.MAX_VALUE) {
            nextAt = iteration;
        }
    }
}
