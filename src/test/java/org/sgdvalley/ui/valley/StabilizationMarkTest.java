package org.sgdvalley.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sgdvalley.engine.landscape.Stabilization;
import org.sgdvalley.engine.run.Evaluation;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.HeadlessRunner;
import org.sgdvalley.engine.run.RunResult;
import org.sgdvalley.engine.run.SeriesHistory;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.plot.HistorySeries;

/**
 * The bounce plot's "loss stabilizes" marks span the loss stuck in its band while the large step lasts
 * (E1 at reduced length), not a stretch at the start or in the densely kept recent steps that the
 * history's uneven spacing (coarse buckets for the past, every recent step) lets pass for a phase.
 */
@Timeout(60)
class StabilizationMarkTest {
    private static final int STEPS = 6_000;
    private static final Experiment E1 = new Experiment(
            PresetCatalog.bundled("diag-sgd-decay").withIterations(STEPS).withMetrics(List.of("train_loss")));

    /** The phase marked on the app's history of run {@code run}'s training loss, at reduced size. */
    private static Optional<Stabilization.Phase> marked(int run) {
        RunResult result = HeadlessRunner.runOnThisThread(E1, E1.runs().get(run),
                LongStream.rangeClosed(0, STEPS).toArray(), done -> { });
        SeriesHistory history = new SeriesHistory(STEPS / 25, 48);
        for (Evaluation e : result.evaluations()) {
            history.append(e.iteration(), e.values()[0]);
        }
        HistorySeries loss = new HistorySeries(history);
        loss.refresh();
        return ValleyPlots.stabilization(loss.x(), loss.last(), loss.count());
    }

    @Test
    void theLargeStepRunIsMarkedFromPastItsFirstDescentToNearItsDecay() {
        assertThat(E1.runs().get(3).label()).contains("decay at 50%");
        long decay = STEPS / 2;
        Stabilization.Phase phase = marked(3).orElseThrow();
        assertThat(phase.start()).as("not at the start").isGreaterThan(0.05 * STEPS);
        assertThat(phase.end()).as("lasts while the large step does").isBetween(0.8 * decay, 1.1 * decay);
    }

    @Test
    void theRunThatConvergesAtASmallerStepIsNotMarked() {
        assertThat(E1.runs().get(0).label()).contains("0.22");
        assertThat(marked(0)).isEmpty();
    }
}
