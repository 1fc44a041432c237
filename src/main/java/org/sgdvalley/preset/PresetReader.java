package org.sgdvalley.preset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.metric.MetricOptions;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.run.EvaluationPlan;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;

/** Walks a preset's tree into an {@link ExperimentSpec}, checking every field on the way. */
final class PresetReader {
    static final List<String> KEYS = List.of("name", "title", "description", "look_for", "model", "data",
            "iterations", "evaluation", "metrics", "metric_options", "init_seed", "runs");
    private static final int MAX_TITLE = 200;
    private static final String NAME_PATTERN = "[a-z0-9][a-z0-9-]{0,63}";

    private PresetReader() {
    }

    /** The spec of the preset tree read from {@code source} (named in messages about the whole file). */
    static ExperimentSpec read(JsonNode tree, String source) {
        if (!tree.isObject()) {
            throw new PresetException(source, "must be a YAML mapping with keys " + String.join(", ", KEYS));
        }
        Field root = new Field(tree, "").mapping(KEYS);
        Field nameField = root.get("name", "a preset name like diag-sgd-decay");
        String name = nameField.text();
        if (!name.matches(NAME_PATTERN)) {
            throw nameField.error("must be lower-case letters, digits and dashes (at most 64), got '" + name + "'");
        }
        String title = root.get("title", "a one-line title").line(MAX_TITLE);
        String description = root.get("description", "a text saying what the preset shows").text();
        String lookFor = root.get("look_for", "a text saying what to look for").text();
        ModelSpec model = ModelReader.read(root.get("model", "a mapping with type: diagonal, toy or relu"));
        DataSpec data = DataReader.read(root.get("data", "a mapping with type: sparse-regression, toy, points-1d "
                + "or teacher"));
        checkModelFitsData(model, data);
        long iterations = root.get("iterations", "an integer >= 1").integer(1, Limits.MAX_ITERATIONS);
        EvaluationPlan plan = root.has("evaluation") ? EvaluationReader.read(root.get("evaluation", ""), iterations)
                : EvaluationPlan.paper();
        List<String> metrics = PresetMetrics.check(metricNames(root.get("metrics", "a list like [train_loss, "
                + "test_loss]")), model, "metrics");
        checkMetricCost(model, data, metrics);
        checkTestSet(data, metrics);
        MetricOptions options = metricOptions(root, model);
        long initSeed = root.has("init_seed") ? root.get("init_seed", "").seed() : 0;
        List<RunSpec> runs = RunReader.read(root.get("runs", "a list of runs"), data.n(), iterations);
        ExperimentSpec spec = new ExperimentSpec(name, title, description, lookFor, model, data, iterations, plan,
                metrics, options, initSeed, runs);
        MemoryBudget.check(spec, Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
        return spec;
    }

    private static List<String> metricNames(Field metrics) {
        List<String> names = new ArrayList<>();
        for (Field metric : metrics.list(PresetMetrics.ALL.size())) {
            names.add(metric.choice(PresetMetrics.ALL));
        }
        return names;
    }

    private static void checkModelFitsData(ModelSpec model, DataSpec data) {
        if (model instanceof ModelSpec.Toy && data.d() != 1) {
            throw new PresetException("model.type", "toy needs 1-dimensional data (toy or points-1d), got data.d="
                    + data.d());
        }
        if (model instanceof ModelSpec.Relu relu) {
            Limits.requireDoubles("model.hidden", "the network's parameters",
                    ModelReader.reluParameters(relu, data.d()));
            Limits.requireDoubles("model.hidden", "the activations of n=" + data.n() + " samples",
                    (double) data.n() * relu.hidden().stream().mapToLong(Integer::longValue).sum());
        }
    }

    /** A test loss over an empty test set would be 0/0: refuse it here rather than plot NaN. */
    private static void checkTestSet(DataSpec data, List<String> metrics) {
        if (!(data instanceof DataSpec.Toy) && DataReader.nTest(data) == 0 && metrics.contains("test_loss")) {
            throw new PresetException("data.n_test", "must be an integer >= 1 when metrics include test_loss, got 0");
        }
    }

    private static void checkMetricCost(ModelSpec model, DataSpec data, List<String> metrics) {
        double parameters = model instanceof ModelSpec.Relu relu ? ModelReader.reluParameters(relu, data.d())
                : 2.0 * data.d();
        if (metrics.contains("rank")) {
            double rows = model instanceof ModelSpec.Diagonal ? 2.0 * data.d() : data.n();
            Limits.requireDoubles("metrics", "rank's Jacobian (" + (long) rows + " x "
                    + (long) parameters + ")", rows * parameters);
        }
        if (metrics.contains("sharpness")) {
            Limits.requireDoubles("metrics", "sharpness's Hessian (" + (long) parameters
                    + " squared)", parameters * parameters);
        }
    }

    private static MetricOptions metricOptions(Field root, ModelSpec model) {
        MetricOptions defaults = model instanceof ModelSpec.Relu ? MetricOptions.reluDefaults()
                : MetricOptions.diagonalDefaults();
        if (!root.has("metric_options")) {
            return defaults;
        }
        Field options = root.get("metric_options", "").mapping(List.of("correlation_threshold", "rank_threshold",
                "valley_step_size", "valley_steps"));
        double correlation = options.has("correlation_threshold")
                ? options.get("correlation_threshold", "").range(0, 1, true) : defaults.correlationThreshold();
        double rank = options.has("rank_threshold")
                ? options.get("rank_threshold", "").range(0, 1, true) : defaults.rankThreshold();
        double valleyStep = options.has("valley_step_size")
                ? options.get("valley_step_size", "").positive() : defaults.valleyStepSize();
        int valleySteps = options.has("valley_steps")
                ? (int) options.get("valley_steps", "").integer(1, Limits.MAX_SIZE) : defaults.valleySteps();
        return new MetricOptions(correlation, rank, valleyStep, valleySteps);
    }
}
