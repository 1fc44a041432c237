package org.sgdvalley.session;

import java.util.List;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;
import org.sgdvalley.engine.run.RunState;

/**
 * Checks a parsed session before anything is built from it: every part present, sizes within the
 * limits of presets (so a crafted file cannot exhaust memory), runs matching the spec's runs.
 */
final class SessionCheck {
    private static final long MAX_SIZE = 1_000_000L;
    private static final double MAX_DOUBLES = 50_000_000d;

    private SessionCheck() {
    }

    static void check(ExperimentSession session, String source) {
        ExperimentSpec spec = session.spec();
        require(spec != null && spec.model() != null && spec.data() != null && spec.evaluation() != null
                && spec.metricOptions() != null, source, "the experiment spec is incomplete");
        DataSpec data = spec.data();
        require(data.n() >= 1 && data.n() <= MAX_SIZE && data.d() >= 1 && data.d() <= MAX_SIZE, source,
                "data sizes out of range (n=" + data.n() + ", d=" + data.d() + ")");
        if (spec.model() instanceof ModelSpec.Relu relu) {
            double weights = 0;
            long previous = data.d();
            for (int width : relu.hidden()) {
                require(width >= 1 && width <= MAX_SIZE, source, "model.hidden: width out of range: " + width);
                weights += (double) previous * width;
                previous = width;
            }
            require(weights <= MAX_DOUBLES, source, "model too large: " + weights + " weights");
        }
        require(spec.iterations() >= 1, source, "iterations must be >= 1");
        List<RunSpec> runs = spec.runs();
        require(!runs.isEmpty() && runs.size() == session.runs().size(), source,
                "the spec has " + runs.size() + " runs but " + session.runs().size() + " are saved");
        for (int i = 0; i < runs.size(); i++) {
            SavedRun saved = session.runs().get(i);
            require(runs.get(i).label().equals(saved.label()), source,
                    "runs[" + i + "]: saved label '" + saved.label() + "' differs from the spec's '" + runs.get(i).label() + "'");
            RunState state = saved.state();
            require(state != null && state.params() != null && state.sampler() != null
                    && state.sampler().permutation() != null && state.changes() != null, source,
                    "runs[" + i + "]: the run state is incomplete");
            require(state.iteration() >= 0, source, "runs[" + i + "]: negative iteration " + state.iteration());
            require(state.scale() > 0 && Double.isFinite(state.scale()), source,
                    "runs[" + i + "]: step-size scale must be a finite number > 0, got " + state.scale());
            require(state.sampler().permutation().length == data.n(), source,
                    "runs[" + i + "]: the sampler state does not match n=" + data.n());
        }
    }

    static void require(boolean condition, String source, String problem) {
        if (!condition) {
            throw new SessionException(source, "damaged: " + problem);
        }
    }
}
