package org.sgdvalley.cli;

import java.util.List;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;
import org.sgdvalley.preset.PresetMetrics;

/** Command-line overrides of a preset: iterations, seeds and metrics. */
final class Overrides {
    private Overrides() {
    }

    /** The spec with each non-null override applied. */
    static ExperimentSpec apply(ExperimentSpec spec, Long iterations, Long seed, List<String> metrics) {
        ExperimentSpec result = spec;
        if (iterations != null) {
            result = result.withIterations(iterations);
        }
        if (metrics != null) {
            result = result.withMetrics(PresetMetrics.check(metrics, spec.model(), "--metrics"));
        }
        if (seed != null) {
            result = withSeed(result, seed);
        }
        return result;
    }

    /** The spec with {@code seed} as data seed and as every run's optimizer seed. */
    static ExperimentSpec withSeed(ExperimentSpec spec, long seed) {
        List<RunSpec> runs = spec.runs().stream()
                .map(r -> new RunSpec(r.label(), r.optimizer().withSeed(seed), r.schedule()))
                .toList();
        return new ExperimentSpec(spec.name(), spec.title(), spec.description(), spec.lookFor(), spec.model(),
                spec.data().withSeed(seed), spec.iterations(), spec.evaluation(), spec.metrics(),
                spec.metricOptions(), spec.initSeed(), runs);
    }
}
