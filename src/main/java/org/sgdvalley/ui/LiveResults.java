package org.sgdvalley.ui;

import java.util.ArrayList;
import java.util.List;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.Evaluation;
import org.sgdvalley.engine.run.ExperimentController.Session;
import org.sgdvalley.engine.run.RunHistory;
import org.sgdvalley.engine.run.RunResult;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.engine.run.SeriesHistory;

/**
 * The live runs' metric histories as rows for metrics.csv: one row per point where the metrics were
 * measured (the last value of a bucket for older history), with the step size in force there.
 */
final class LiveResults {
    private LiveResults() {
    }

    static List<RunResult> of(Session session, ControllerStatus status) {
        List<String> columns = session.experiment().metrics().columns();
        List<RunResult> results = new ArrayList<>();
        for (int i = 0; i < session.size(); i++) {
            RunHistory h = session.history(i);
            RunStatus run = status.runs().get(i);
            results.add(new RunResult(run.label(), rows(h, columns), run.iteration(), run.divergence(), Double.NaN,
                    run.params()));
        }
        return results;
    }

    private static List<Evaluation> rows(RunHistory h, List<String> columns) {
        List<Evaluation> rows = new ArrayList<>();
        if (columns.isEmpty()) {
            return rows;
        }
        List<SeriesHistory.Snapshot> snaps = columns.stream().map(c -> h.series(c).snapshot(null)).toList();
        SeriesHistory.Snapshot steps = h.series(RunHistory.STEP_SIZE).snapshot(null);
        int count = snaps.stream().mapToInt(s -> s.count).min().orElse(0);
        int k = 0;
        for (int r = 0; r < count; r++) {
            double x = snaps.get(0).x[r];
            while (k + 1 < steps.count && steps.x[k + 1] <= x) {
                k++;
            }
            double[] values = new double[columns.size()];
            for (int c = 0; c < values.length; c++) {
                values[c] = snaps.get(c).last[r];
            }
            rows.add(new Evaluation((long) x, steps.count == 0 ? Double.NaN : steps.last[k], values));
        }
        return rows;
    }
}
