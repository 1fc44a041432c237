package org.sgdvalley.engine.run;

import java.util.List;

/**
 * A consistent picture of the controller after a time slice.
 *
 * @param generation   changes on every reset or preset switch
 * @param playing      whether training is running
 * @param stepsPerSecond measured steps per second, all runs together
 */
public record ControllerStatus(long generation, boolean playing, double stepsPerSecond, List<RunStatus> runs) {

    /** Whether every run is finished or diverged. */
    public boolean allStopped() {
        return runs.stream().allMatch(r -> r.finished() || r.divergence() != null);
    }

    /** The smallest iteration among runs that are still going (or the largest if all stopped). */
    public long minimumIteration() {
        return runs.stream().filter(r -> !r.finished() && r.divergence() == null)
                .mapToLong(RunStatus::iteration).min()
                .orElse(runs.stream().mapToLong(RunStatus::iteration).max().orElse(0));
    }
}
