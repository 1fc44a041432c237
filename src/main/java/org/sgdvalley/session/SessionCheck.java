package org.sgdvalley.session;

import java.util.List;
import org.sgdvalley.engine.run.Evaluation;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;
import org.sgdvalley.engine.run.RunState;

/**
 * Checks the saved runs of a session whose spec has passed the preset checks: one saved run per run
 * of the spec, each complete, within the planned iterations and with its metric rows in order.
 */
final class SessionCheck {
    private SessionCheck() {
    }

    static void check(ExperimentSession session, String source) {
        ExperimentSpec spec = session.spec();
        List<RunSpec> runs = spec.runs();
        require(runs.size() == session.runs().size(), source,
                "the spec has " + runs.size() + " runs but " + session.runs().size() + " are saved");
        for (int i = 0; i < runs.size(); i++) {
            SavedRun saved = session.runs().get(i);
            require(saved != null && runs.get(i).label().equals(saved.label()), source, "runs[" + i + "]: the saved "
                    + "label differs from the spec's '" + runs.get(i).label() + "'");
            RunState state = saved.state();
            require(state != null && state.params() != null && state.sampler() != null
                    && state.sampler().permutation() != null && state.changes() != null, source,
                    "runs[" + i + "]: the run state is incomplete");
            require(state.iteration() >= 0 && state.iteration() <= spec.iterations(), source, "runs[" + i
                    + "]: iteration must be in [0, iterations=" + spec.iterations() + "], got " + state.iteration());
            require(state.scale() > 0 && Double.isFinite(state.scale()), source,
                    "runs[" + i + "]: step-size scale must be a finite number > 0, got " + state.scale());
            checkSampler(state, spec.data().n(), source, "runs[" + i + "].state.sampler");
            for (var change : state.changes()) {
                require(change != null && change.iteration() >= 0 && change.iteration() <= state.iteration()
                        && change.stepSize() > 0 && Double.isFinite(change.stepSize()), source, "runs[" + i
                        + "].state.changes: a step-size change must be a finite step size > 0 at an iteration reached");
            }
            checkRows(saved.evaluations(), state.iteration(), source, "runs[" + i + "].evaluations");
        }
    }

    /** A permutation of the n sample indices, read from a position in [0, n]. */
    private static void checkSampler(RunState state, int n, String source, String path) {
        int[] permutation = state.sampler().permutation();
        require(permutation.length == n, source, path + ": the sampler state does not match n=" + n);
        boolean[] seen = new boolean[n];
        for (int index : permutation) {
            require(index >= 0 && index < n && !seen[index], source, path + ": not a permutation of 0.." + (n - 1));
            seen[index] = true;
        }
        require(state.sampler().position() >= 0 && state.sampler().position() <= n, source,
                path + ": position must be in [0, " + n + "], got " + state.sampler().position());
    }

    /** Metric rows at increasing iterations up to the run's, each of {@code columns} values (when known). */
    private static void checkRows(List<Evaluation> rows, long reached, String source, String path) {
        long previous = -1;
        for (int j = 0; j < rows.size(); j++) {
            Evaluation row = rows.get(j);
            require(row != null && row.values() != null, source, path + "[" + j + "]: incomplete");
            require(row.iteration() > previous && row.iteration() <= reached, source, path + "[" + j
                    + "]: iteration " + row.iteration() + " is out of order or past the run's step " + reached);
            previous = row.iteration();
        }
    }

    /** Each saved metric row has exactly {@code columns} values, the experiment's metric columns. */
    static void checkColumns(ExperimentSession session, int columns, String source) {
        for (int i = 0; i < session.runs().size(); i++) {
            List<Evaluation> rows = session.runs().get(i).evaluations();
            for (int j = 0; j < rows.size(); j++) {
                require(rows.get(j).values().length == columns, source, "runs[" + i + "].evaluations[" + j + "]: "
                        + rows.get(j).values().length + " values, the metrics give " + columns + " columns");
            }
        }
    }

    static void require(boolean condition, String source, String problem) {
        if (!condition) {
            throw new SessionException(source, "damaged: " + problem);
        }
    }
}
