package org.sgdvalley.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.Run;
import org.sgdvalley.engine.run.RunResult;

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

    /** The saved results of every run, to continue with {@code HeadlessRunner.resume}. */
    public static List<RunResult> results(ExperimentSession session) {
        return session.runs().stream().map(r -> new RunResult(r.label(), r.evaluations(), r.state().iteration(),
                r.divergence(), 0)).toList();
    }
}
