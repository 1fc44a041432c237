package org.sgdvalley.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.ExperimentController;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.Run;
import org.sgdvalley.engine.run.RunHistory;
import org.sgdvalley.engine.run.RunResult;
import org.sgdvalley.engine.run.SeriesHistory;

/** Takes sessions from experiments and puts experiments back into a saved state. */
public final class Sessions {
    private Sessions() {
    }

    /** The session of a headless experiment after {@code results} (in run order). */
    public static ExperimentSession of(Experiment experiment, List<RunResult> results) {
        List<SavedRun> runs = new ArrayList<>();
        for (int i = 0; i < experiment.runs().size(); i++) {
            Run run = experiment.runs().get(i);
            RunResult result = results.get(i);
            runs.add(new SavedRun(run.label(), run.state(), run.divergence(), result.evaluations(), Map.of()));
        }
        return new ExperimentSession(experiment.spec(), runs);
    }

    /**
     * Builds the experiment of {@code spec} (the session's, possibly with another number of
     * iterations) and restores every run to its saved state; a state that does not fit the model
     * is refused before anything is returned.
     */
    public static Experiment restore(ExperimentSession session, ExperimentSpec spec, String source) {
        Experiment experiment = new Experiment(spec);
        SessionCheck.checkColumns(session, experiment.metrics().columns().size(), source);
        for (int i = 0; i < experiment.runs().size(); i++) {
            Run run = experiment.runs().get(i);
            SavedRun saved = session.runs().get(i);
            int expected = run.params().length;
            SessionCheck.require(saved.state().params().length == expected, source, "runs[" + i + "]: "
                    + saved.state().params().length + " parameters saved, the model has " + expected);
            run.restore(saved.state());
            if (saved.divergence() != null) {
                run.markDiverged(saved.divergence());
            }
        }
        return experiment;
    }

    /**
     * The session of a live experiment with each run's plotted history; call it on the trainer
     * thread ({@link org.sgdvalley.engine.run.ExperimentController#query}).
     */
    public static ExperimentSession capture(ExperimentController.Session live) {
        List<SavedRun> runs = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            Run run = live.run(i);
            Map<String, SeriesPoints> history = new LinkedHashMap<>();
            RunHistory runHistory = live.history(i);
            for (String name : runHistory.names()) {
                history.put(name, points(runHistory.series(name).snapshot(null)));
            }
            runs.add(new SavedRun(run.label(), run.state(), run.divergence(), List.of(), history));
        }
        return new ExperimentSession(live.spec(), runs);
    }

    /** What puts a live session's runs into the saved states, for {@code ExperimentController.loadRestored}. */
    public static Consumer<ExperimentController.Session> restorer(ExperimentSession saved) {
        return live -> {
            for (int i = 0; i < live.size(); i++) {
                SavedRun run = saved.runs().get(i);
                Map<String, double[][]> series = new HashMap<>();
                run.history().forEach((name, p) -> series.put(name, new double[][] {p.x(), p.y()}));
                live.restoreRun(i, run.state(), run.divergence(), series);
            }
        };
    }

    /** Bucket extremes become two points at the bucket's start, so every spike survives a save. */
    private static SeriesPoints points(SeriesHistory.Snapshot s) {
        double[] x = new double[2 * s.count];
        double[] y = new double[2 * s.count];
        int n = 0;
        for (int i = 0; i < s.count; i++) {
            x[n] = s.x[i];
            y[n++] = s.min[i];
            if (s.max[i] != s.min[i] && !(Double.isNaN(s.max[i]) && Double.isNaN(s.min[i]))) {
                x[n] = s.x[i];
                y[n++] = s.max[i];
            }
        }
        return new SeriesPoints(Arrays.copyOf(x, n), Arrays.copyOf(y, n));
    }

    /** The saved results of every run, to continue with {@code HeadlessRunner.resume}. */
    public static List<RunResult> results(ExperimentSession session) {
        return session.runs().stream().map(r -> new RunResult(r.label(), r.evaluations(), r.state().iteration(),
                r.divergence(), 0, r.state().params())).toList();
    }
}
