package org.sgdvalley.engine.run;

import java.io.Serializable;
import java.util.List;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.metric.MetricOptions;
import org.sgdvalley.engine.model.ModelSpec;

/**
 * A whole experiment: one model and one dataset shared by several runs.
 *
 * @param name        preset name, e.g. {@code diag-sgd-decay}
 * @param title       one line a student can read
 * @param description what the experiment shows and how it was tuned
 * @param lookFor     what to look for on screen
 * @param initSeed    seed of the model's initialization (the same for every run)
 */
public record ExperimentSpec(String name, String title, String description, String lookFor, ModelSpec model,
                             DataSpec data, long iterations, EvaluationPlan evaluation, List<String> metrics,
                             MetricOptions metricOptions, long initSeed, List<RunSpec> runs)
        implements Serializable {

    public ExperimentSpec {
        metrics = List.copyOf(metrics);
        runs = List.copyOf(runs);
    }

    /** The same experiment with another number of iterations. */
    public ExperimentSpec withIterations(long newIterations) {
        return new ExperimentSpec(name, title, description, lookFor, model, data, newIterations, evaluation, metrics,
                metricOptions, initSeed, runs);
    }

    /** The same experiment with other metrics. */
    public ExperimentSpec withMetrics(List<String> newMetrics) {
        return new ExperimentSpec(name, title, description, lookFor, model, data, iterations, evaluation, newMetrics,
                metricOptions, initSeed, runs);
    }

    /** The same experiment with other runs. */
    public ExperimentSpec withRuns(List<RunSpec> newRuns) {
        return new ExperimentSpec(name, title, description, lookFor, model, data, iterations, evaluation, metrics,
                metricOptions, initSeed, newRuns);
    }
}
