package org.sgdvalley.session;

import java.util.List;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * The whole state of an experiment: its spec (model, data and seeds, schedules, evaluation plan,
 * metrics) and every run's state and history. Enough to continue exactly where it was saved.
 */
public record ExperimentSession(ExperimentSpec spec, List<SavedRun> runs) {
    public ExperimentSession {
        runs = List.copyOf(runs);
    }

    /** The largest iteration any run reached. */
    public long iteration() {
        return runs.stream().mapToLong(r -> r.state().iteration()).max().orElse(0);
    }
}
