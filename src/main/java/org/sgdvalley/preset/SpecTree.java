package org.sgdvalley.preset;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.metric.MetricOptions;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.optim.DecaySpec;
import org.sgdvalley.engine.optim.OptimizerSpec;
import org.sgdvalley.engine.optim.ScheduleSpec;
import org.sgdvalley.engine.run.EvaluationPlan;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;

/**
 * Writes a spec back as the tree a preset file would give, so that a spec from anywhere else (a saved
 * session, command-line overrides) is checked by the very code that checks presets. A missing part
 * is written as null, which the reader refuses with its field path.
 */
final class SpecTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SpecTree() {
    }

    static ObjectNode of(ExperimentSpec spec) {
        ObjectNode root = NODES.objectNode();
        root.put("name", spec.name());
        root.put("title", spec.title());
        root.put("description", spec.description());
        root.put("look_for", spec.lookFor());
        root.set("model", spec.model() == null ? null : model(spec.model()));
        root.set("data", spec.data() == null ? null : data(spec.data()));
        root.put("iterations", spec.iterations());
        root.set("evaluation", spec.evaluation() == null ? null : evaluation(spec.evaluation()));
        ArrayNode metrics = root.putArray("metrics");
        spec.metrics().forEach(metrics::add);
        root.set("metric_options", spec.metricOptions() == null ? null : metricOptions(spec.metricOptions()));
        root.put("init_seed", spec.initSeed());
        ArrayNode runs = root.putArray("runs");
        spec.runs().forEach(r -> runs.add(r == null ? null : run(r)));
        return root;
    }

    private static ObjectNode model(ModelSpec model) {
        ObjectNode node = NODES.objectNode();
        if (model instanceof ModelSpec.Diagonal diagonal) {
            node.put("type", "diagonal");
            node.putObject("init").put("u", diagonal.u0()).put("v", diagonal.v0());
        } else if (model instanceof ModelSpec.Toy toy) {
            node.put("type", "toy");
            node.put("theta0", toy.theta0());
        } else if (model instanceof ModelSpec.Relu relu) {
            node.put("type", "relu");
            node.set("hidden", widths(relu.hidden()));
            node.put("bias", relu.bias());
            node.put("output_bias", relu.outputBias());
            ObjectNode init = node.putObject("init");
            init.set("first_layer", init(relu.firstLayer()));
            init.set("deeper_layers", init(relu.deeperLayers()));
            init.set("biases", init(relu.biases()));
            init.set("output", init(relu.output()));
        }
        return node;
    }

    private static ObjectNode init(ModelSpec.Init init) {
        if (init == null) {
            return null;
        }
        return NODES.objectNode().put("distribution", init.distribution() == null ? null
                : init.distribution().name().toLowerCase(Locale.ROOT)).put("scale", init.scale());
    }

    private static ArrayNode widths(List<Integer> widths) {
        ArrayNode list = NODES.arrayNode();
        widths.forEach(list::add);
        return list;
    }

    private static ObjectNode data(DataSpec data) {
        ObjectNode node = NODES.objectNode();
        if (data instanceof DataSpec.Sparse s) {
            node.put("type", "sparse-regression").put("n", s.n()).put("n_test", s.nTest()).put("d", s.d())
                    .put("k", s.k()).put("seed", s.seed());
        } else if (data instanceof DataSpec.Toy t) {
            node.put("type", "toy").put("n", t.n()).put("x_min", t.xMin()).put("x_max", t.xMax())
                    .put("theta_star", t.thetaStar()).put("seed", t.seed());
        } else if (data instanceof DataSpec.Points1d p) {
            node.put("type", "points-1d").put("n_test", p.nTest());
        } else if (data instanceof DataSpec.Teacher t) {
            node.put("type", "teacher").put("n", t.n()).put("n_test", t.nTest()).put("d", t.d());
            node.set("hidden", widths(t.hidden()));
            node.put("bias", t.bias()).put("unit_neurons", t.unitNeurons()).put("seed", t.seed());
        }
        return node;
    }

    private static ObjectNode evaluation(EvaluationPlan plan) {
        ObjectNode node = NODES.objectNode();
        if (plan.every() > 0) {
            return node.put("every", plan.every());
        }
        return node.put("first", plan.first()).put("spaced", plan.spaced()).put("log", plan.log());
    }

    private static ObjectNode metricOptions(MetricOptions options) {
        return NODES.objectNode().put("correlation_threshold", options.correlationThreshold())
                .put("rank_threshold", options.rankThreshold()).put("valley_step_size", options.valleyStepSize())
                .put("valley_steps", options.valleySteps());
    }

    private static ObjectNode run(RunSpec run) {
        ObjectNode node = NODES.objectNode().put("label", run.label());
        node.set("optimizer", run.optimizer() == null ? null : optimizer(run.optimizer()));
        node.set("schedule", run.schedule() == null ? null : schedule(run.schedule()));
        return node;
    }

    private static ObjectNode optimizer(OptimizerSpec optimizer) {
        if (optimizer.fullBatch()) {
            return NODES.objectNode().put("type", "gd").put("label_noise", optimizer.labelNoise())
                    .put("seed", optimizer.seed());
        }
        return NODES.objectNode().put("type", "sgd").put("batch", optimizer.batchSize())
                .put("replacement", optimizer.withReplacement()).put("label_noise", optimizer.labelNoise())
                .put("seed", optimizer.seed());
    }

    private static ObjectNode schedule(ScheduleSpec schedule) {
        ObjectNode node = NODES.objectNode();
        ScheduleSpec.Shape shape = schedule.shape();
        node.put("type", shape == null ? null : shape.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        node.put("step_size", schedule.stepSize());
        if (shape == ScheduleSpec.Shape.PIECEWISE || !schedule.decays().isEmpty()) {
            ArrayNode decays = node.putArray("decays");
            schedule.decays().forEach(d -> decays.add(d == null ? null : decay(d)));
        }
        if (shape != null && shape.name().endsWith("WARMUP")) {
            node.put("warmup_factor", schedule.warmupFactor());
            if (!Double.isNaN(schedule.warmupUntil())) {
                node.put("warmup_until", schedule.warmupUntil());
            }
        }
        if (shape == ScheduleSpec.Shape.POWER_WARMUP) {
            node.put("warmup_power", schedule.warmupPower());
        }
        return node;
    }

    private static ObjectNode decay(DecaySpec decay) {
        ObjectNode node = Double.isNaN(decay.fraction()) ? NODES.objectNode().put("iteration", decay.iteration())
                : NODES.objectNode().put("at", decay.fraction());
        return node.put("factor", decay.factor());
    }
}
