package org.sgdvalley.cli;

import java.util.ArrayList;
import java.util.List;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;
import org.sgdvalley.preset.PresetException;
import org.sgdvalley.preset.PresetLoader;
import org.sgdvalley.preset.PresetMetrics;

/** Command-line overrides of a preset: iterations, seeds and metrics. */
final class Overrides {
    private Overrides() {
    }

    /**
     * The spec with each non-null override applied, checked again as a whole like a preset (a number
     * of iterations can make an evaluation plan or the memory too large).
     */
    static ExperimentSpec apply(ExperimentSpec spec, Long iterations, Long seed, List<String> metrics) {
        if (iterations == null && seed == null && metrics == null) {
            return spec;
        }
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
        try {
            return PresetLoader.check(result);
        } catch (PresetException e) {
            throw new InputException("with " + options(iterations, seed, metrics) + ": " + e.getMessage());
        }
    }

    private static String options(Long iterations, Long seed, List<String> metrics) {
        List<String> given = new ArrayList<>();
        if (iterations != null) {
            given.add("--iterations " + iterations);
        }
        if (seed != null) {
            given.add("--seed " + seed);
        }
        if (metrics != null) {
            given.add("--metrics " + String.join(",", metrics));
        }
        return String.join(" ", given);
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
