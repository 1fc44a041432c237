package org.sgdvalley.bench;

import java.util.List;
import org.sgdvalley.engine.metric.MetricOptions;
import org.sgdvalley.engine.optim.OptimizerSpec;
import org.sgdvalley.engine.optim.ScheduleSpec;
import org.sgdvalley.engine.run.EvaluationPlan;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.Run;
import org.sgdvalley.engine.run.RunSpec;

/**
 * Batch-1 SGD steps per second of a preset's model at the preset's size: the step loop alone, with a
 * small constant step size so that no run diverges while it is timed. Measures either the chunked path
 * the headless runner uses ({@link Run#advance}) or one {@link Run#step()} call per step.
 */
final class StepRate {
    private static final double SAFE_STEP_SIZE = 1e-3;

    private StepRate() {
    }

    /** Steps per second after {@code warmupSteps} untimed steps, timing for about {@code seconds}. */
    static double measure(ExperimentSpec preset, long warmupSteps, double seconds, boolean chunked) {
        ExperimentSpec spec = new ExperimentSpec(preset.name(), preset.title(), "", "", preset.model(), preset.data(),
                Long.MAX_VALUE / 2, EvaluationPlan.everySteps(1), List.of("train_loss"),
                MetricOptions.diagonalDefaults(), preset.initSeed(),
                List.of(new RunSpec("bench", OptimizerSpec.sgd(1, 1), ScheduleSpec.constant(SAFE_STEP_SIZE))));
        Run run = new Experiment(spec).runs().get(0);
        long chunk = 10_000;
        for (long i = 0; i < warmupSteps; i += chunk) {
            steps(run, chunk, chunked);
        }
        long steps = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        long now;
        do {
            steps(run, chunk, chunked);
            steps += chunk;
            now = System.nanoTime();
        } while (now < deadline);
        if (run.divergence() != null) {
            throw new IllegalStateException("the timing run of " + preset.name() + " diverged");
        }
        return steps / ((now - start) / 1e9);
    }

    private static void steps(Run run, long count, boolean chunked) {
        if (chunked) {
            run.advance(count);
        } else {
            for (long i = 0; i < count; i++) {
                run.step();
            }
        }
    }
}
