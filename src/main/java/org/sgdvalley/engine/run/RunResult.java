package org.sgdvalley.engine.run;

import java.util.List;

/**
 * What a finished headless run produced.
 *
 * @param steps      steps actually taken
 * @param divergence why it stopped early, or null
 * @param seconds    training and evaluation time of this run inside the process
 * @param params     the parameters at the end (or where the run stopped)
 */
public record RunResult(String label, List<Evaluation> evaluations, long steps, Divergence divergence, double seconds,
                        double[] params) {

    /** The last evaluation, or null if there was none. */
    public Evaluation last() {
        return evaluations.isEmpty() ? null : evaluations.get(evaluations.size() - 1);
    }
}
