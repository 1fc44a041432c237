package org.sgdvalley.engine.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sgdvalley.engine.run.Evaluation;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.HeadlessRunner;
import org.sgdvalley.engine.run.RunResult;
import org.sgdvalley.preset.PresetCatalog;

/** A sweep's rows are the same runs made one by one, bit for bit, on any number of threads. */
@Timeout(60)
class SweepCellTest {
    /** E1 at reduced length, its large-step run decayed at 10%; step sizes reach past the edge. */
    static SweepSpec smallE1(int xCount, int seeds) {
        var preset = PresetCatalog.bundled("diag-sgd-decay").withIterations(3_000)
                .withMetrics(List.of("train_loss", "test_loss", "l0", "l1"));
        return new SweepSpec(preset, 1, new SweepAxis(SweepParameter.STEP_SIZE, 0.2, 0.34, xCount, false),
                new SweepAxis(SweepParameter.DECAY_AT, 0.2, 0.6, 2, false), seeds);
    }

    static List<CellRow> runAll(SweepSpec sweep, int threads) throws InterruptedException {
        List<CellRow> rows = Collections.synchronizedList(new ArrayList<>());
        new SweepRunner(threads).run(sweep, Set.of(), rows::add, done -> { });
        List<CellRow> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> Integer.compare(sweep.order(a.xIndex(), a.yIndex(), a.seed()),
                sweep.order(b.xIndex(), b.yIndex(), b.seed())));
        return sorted;
    }

    @Test
    void rowsEqualTheSameRunsMadeOneByOne() throws Exception {
        SweepSpec sweep = smallE1(3, 2);
        List<CellRow> rows = runAll(sweep, 2);
        assertThat(rows).hasSize(sweep.cellCount());
        assertThat(rows.stream().filter(CellRow::diverged)).as("the sweep reaches past the edge").isNotEmpty();
        assertThat(rows.stream().filter(r -> !r.diverged())).isNotEmpty();
        List<SweepCell> cells = sweep.cells();
        for (int k = 0; k < cells.size(); k++) {
            SweepCell cell = cells.get(k);
            CellRow row = rows.get(k);
            long end = cell.spec().runs().get(0).schedule().decays().get(0).iteration(sweep.preset().iterations());
            Experiment experiment = new Experiment(cell.spec());
            RunResult alone = HeadlessRunner.runOnThisThread(experiment, experiment.runs().get(0),
                    SweepCell.lossSamplePoints(end, sweep.preset().iterations()), done -> { });
            assertThat(row.steps()).isEqualTo(alone.steps());
            assertThat(row.divergedAt()).isEqualTo(alone.divergence() == null ? -1 : alone.divergence().iteration());
            if (!row.diverged()) {
                assertThat(alone.last().iteration()).isEqualTo(sweep.preset().iterations());
                assertThat(row.finals()).isEqualTo(alone.last().values());
            }
            List<Evaluation> trainLoss = alone.evaluations().stream()
                    .map(e -> new Evaluation(e.iteration(), e.stepSize(), new double[] {e.values()[0]})).toList();
            assertThat(new double[] {row.stabilizedLoss(), row.stabilizationStep()})
                    .isEqualTo(SweepCell.lossSummary(trainLoss, end));
            assertThat(row.sgdSeed()).isEqualTo(5 + cell.seed());
        }
    }

    @Test
    void theLossIsSampledOverTheLargeStepOnlyAndProgressGoesOnToTheEnd() throws Exception {
        SweepCell decayedEarly = smallE1(1, 1).cells().get(0);
        long end = decayedEarly.sweep().preset().iterations();
        long decay = decayedEarly.spec().runs().get(0).schedule().decays().get(0).iteration(end);
        long[] points = SweepCell.lossSamplePoints(decay, end);
        assertThat(points).hasSize(SweepCell.LOSS_SAMPLES + 1).startsWith(0L).endsWith(decay, end);
        List<Long> reports = Collections.synchronizedList(new ArrayList<>());
        decayedEarly.run(spec -> spec.generate(), reports::add);
        assertThat(reports.stream().filter(steps -> steps > decay).count())
                .as("progress, about every thousand steps, after the last sample inside the large step")
                .isEqualTo((end - 1) / 1000 - decay / 1000 + 1);
        assertThat(reports.get(reports.size() - 1)).isEqualTo(end);
    }

    @Test
    void oneThreadGivesTheRowsOfTwo() throws Exception {
        SweepSpec sweep = smallE1(2, 1);
        List<CellRow> one = runAll(sweep, 1);
        List<CellRow> two = runAll(sweep, 2);
        for (int k = 0; k < one.size(); k++) {
            assertThat(one.get(k).sameAs(two.get(k))).isTrue();
        }
    }

    @Test
    void aSerializedCellRunsToTheSameRow() throws Exception {
        SweepCell cell = smallE1(3, 2).cells().get(3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(cell);
        }
        SweepCell shipped;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            shipped = (SweepCell) in.readObject();
        }
        assertThat(shipped).isEqualTo(cell);
        assertThat(shipped.run().sameAs(cell.run())).isTrue();
    }

    /** A training loss sampled every 500 steps: a fast first fall, then {@code level(i)} with bounces around it. */
    private static List<Evaluation> bouncing(IntToDoubleFunction level) {
        List<Evaluation> samples = new ArrayList<>();
        for (int i = 0; i <= 200; i++) {
            double bounce = 1 + 0.8 * Math.sin(2.3 * i);
            samples.add(new Evaluation(500L * i, 0.3, new double[] {i == 0 ? 1.0 : level.applyAsDouble(i) * bounce}));
        }
        return samples;
    }

    @Test
    void aPlateauAfterWhichTheLossFallsOnAtTheLargeStepIsNotStabilization() {
        double[] lasting = SweepCell.lossSummary(bouncing(i -> 1e-2), 100_000);
        assertThat(lasting[0]).as("a band that lasts while the step is large").isBetween(5e-3, 2e-2);
        assertThat(lasting[1]).isLessThan(5_000);
        // the same band for 40,000 steps, then a slow fall to 1e-6 at the same large step: a pause, not stabilization
        double[] pause = SweepCell.lossSummary(bouncing(i -> i <= 80 ? 1e-2 : 1e-2 * Math.pow(10, -4.0 * (i - 80) / 120)),
                100_000);
        assertThat(pause[0]).isNaN();
        assertThat(pause[1]).isNaN();
    }
}
