package org.sgdvalley.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdvalley.preset.PresetCatalog;

/**
 * A live run takes its steps in pieces between the things it records; what it records is what one
 * step at a time gives: the same iterates, the training loss at every multiple of its cadence, and
 * each step-size change (a decay of the schedule, a value set mid-run) at the iteration it applied.
 */
class LiveRunTest {
    private static final long TRAIN_EVERY = 40;
    private static final long STEPS = 30_000;

    /** E1's run decayed at 10%, over 30,000 steps: a decay at 3,000. */
    private static Experiment e1() {
        // train_loss is left out of the metrics: measured at their cadence, it would add points to the series
        ExperimentSpec spec = PresetCatalog.bundled("diag-sgd-decay").withIterations(STEPS)
                .withMetrics(List.of("test_loss", "l0"));
        return new Experiment(spec.withRuns(spec.runs().subList(1, 2)));
    }

    @Test
    void recordsWhatSingleStepsGive() {
        Run reference = e1().runs().get(0);
        Experiment experiment = e1();
        LiveRun live = new LiveRun(experiment, experiment.runs().get(0));
        List<double[]> expectedLoss = new ArrayList<>();
        expectedLoss.add(new double[] {0, trainLoss(reference)});
        for (long slice = 0; slice < 12; slice++) {
            // uneven slices, and a step size set between two of them
            long steps = 1_000 + 97 * slice;
            if (slice == 7) {
                reference.setStepSize(0.05);
                live.run().setStepSize(0.05);
            }
            for (long i = 0; i < steps; i++) {
                reference.step();
                if (reference.iteration() % TRAIN_EVERY == 0) {
                    expectedLoss.add(new double[] {reference.iteration(), trainLoss(reference)});
                }
            }
            assertThat(live.advance(steps, TRAIN_EVERY, () -> false)).isEqualTo(steps);
            assertThat(live.run().params()).isEqualTo(reference.params());
        }
        SeriesHistory.Snapshot loss = live.history().series(RunHistory.TRAIN_LOSS).snapshot(null);
        assertThat(loss.count).isEqualTo(expectedLoss.size());
        for (int i = 0; i < loss.count; i++) {
            assertThat(new double[] {loss.x[i], loss.last[i]}).as("loss point %d", i).isEqualTo(expectedLoss.get(i));
        }
        SeriesHistory.Snapshot eta = live.history().series(RunHistory.STEP_SIZE).snapshot(null);
        List<Long> jumps = new ArrayList<>();
        for (int i = 1; i < eta.count; i++) {
            if (eta.x[i] == eta.x[i - 1] && eta.last[i] != eta.last[i - 1]) {
                jumps.add((long) eta.x[i]);
            }
        }
        long setAt = reference.stepSizeChanges().get(0).iteration();
        assertThat(jumps).containsExactly(3_000L, setAt + 1);
    }

    private static double trainLoss(Run run) {
        return run.model().loss(run.params(), run.data().xTrain(), run.data().yTrain());
    }
}
