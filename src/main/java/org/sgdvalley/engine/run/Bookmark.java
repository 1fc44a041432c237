package org.sgdvalley.engine.run;

import java.util.List;

/**
 * A saved moment of an experiment: the exact state of every run, so the class can go back and watch
 * it again.
 *
 * @param spec      the experiment it belongs to
 * @param states    {@link Run#state()} of every run, in run order
 * @param iteration the first run's iteration when it was taken
 */
public record Bookmark(ExperimentSpec spec, List<RunState> states, long iteration) {

    public Bookmark {
        states = List.copyOf(states);
    }
}
