package org.sgdvalley.preset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sgdvalley.engine.optim.DecaySpec;
import org.sgdvalley.engine.optim.OptimizerSpec;
import org.sgdvalley.engine.optim.ScheduleSpec;
import org.sgdvalley.engine.run.RunSpec;

/** Reads the {@code runs} list: a label, an optimizer and a step-size schedule per run. */
final class RunReader {
    private static final int MAX_LABEL = 80;

    private RunReader() {
    }

    /** The runs, for a training set of {@code n} samples and {@code iterations} steps. */
    static List<RunSpec> read(Field runs, int n, long iterations) {
        List<RunSpec> specs = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (Field run : runs.list(Limits.MAX_RUNS)) {
            run.mapping(List.of("label", "optimizer", "schedule"));
            Field labelField = run.get("label", "a short text naming the run");
            String label = labelField.line(MAX_LABEL);
            if (!labels.add(label)) {
                throw labelField.error("must be unique among the runs, '" + label + "' is used twice");
            }
            OptimizerSpec optimizer = optimizer(run.get("optimizer", "a mapping {type: sgd, batch: 1, seed: 1}"), n);
            ScheduleSpec schedule = ScheduleReader.read(run.get("schedule",
                    "a mapping {type: constant, step_size: 0.1}"), iterations);
            specs.add(new RunSpec(label, optimizer, schedule));
        }
        return specs;
    }

    private static OptimizerSpec optimizer(Field optimizer, int n) {
        if (!optimizer.has("type")) {
            optimizer.mapping(List.of("type"));
        }
        boolean gd = optimizer.get("type", "sgd or gd").choice(List.of("sgd", "gd")).equals("gd");
        optimizer.mapping(gd ? List.of("type", "label_noise", "seed")
                : List.of("type", "batch", "replacement", "label_noise", "seed"));
        int batch = 1;
        if (optimizer.has("batch")) {
            Field batchField = optimizer.get("batch", "");
            batch = (int) batchField.integer(1, Integer.MAX_VALUE);
            if (batch > n) {
                throw batchField.error("must be <= data.n=" + n + ", got " + batch);
            }
        }
        boolean replacement = !optimizer.has("replacement") || optimizer.get("replacement", "").bool();
        double labelNoise = optimizer.has("label_noise") ? optimizer.get("label_noise", "").nonNegative() : 0.0;
        long seed = optimizer.has("seed") ? optimizer.get("seed", "").seed() : 0;
        return new OptimizerSpec(gd, gd ? n : batch, replacement, labelNoise, seed);
    }

    /** Reads one decay: {@code {at: fraction, factor: F}} or {@code {iteration: N, factor: F}}. */
    static DecaySpec decay(Field decay, long iterations) {
        decay.mapping(List.of("at", "iteration", "factor"));
        if (decay.has("at") == decay.has("iteration")) {
            throw decay.error("must have exactly one of at (a fraction of training) or iteration, and a factor");
        }
        double factor = decay.get("factor", "the number the step size is divided by, > 0").positive();
        return decay.has("at")
                ? DecaySpec.atFraction(decay.get("at", "").range(0, 1, false), factor)
                : DecaySpec.atIteration(decay.get("iteration", "").integer(0, iterations, "iterations=" + iterations),
                        factor);
    }
}
