package org.sgdvalley.session;

import java.util.List;
import java.util.Map;
import org.sgdvalley.engine.run.Divergence;
import org.sgdvalley.engine.run.Evaluation;
import org.sgdvalley.engine.run.RunState;

/**
 * One run of a saved session.
 *
 * @param state       parameters, iteration, sampler and noise generator states, live step size and
 *                    its changes: everything the run's future depends on
 * @param divergence  what stopped the run, or null
 * @param evaluations metric rows computed so far (headless runs; empty for the app)
 * @param history     live series of the app (train loss, step size, metrics), empty for headless runs
 */
public record SavedRun(String label, RunState state, Divergence divergence, List<Evaluation> evaluations,
                       Map<String, SeriesPoints> history) {
    public SavedRun {
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
        history = history == null ? Map.of() : Map.copyOf(history);
    }
}
