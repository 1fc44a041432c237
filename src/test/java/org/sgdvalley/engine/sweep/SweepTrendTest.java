package org.sgdvalley.engine.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sgdvalley.engine.edge.Edge;
import org.sgdvalley.engine.edge.EdgeFinder;
import org.sgdvalley.engine.edge.RunProbe;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;

/** A sweep shows the paper's E1 trend, and its divergence boundary lies at the edge that {@code edge} finds. */
@Timeout(60)
class SweepTrendTest {

    private static SweepGrid run(SweepSpec sweep) throws InterruptedException {
        SweepGrid grid = new SweepGrid(sweep);
        new SweepRunner(2).run(sweep, Set.of(), grid::add, done -> { });
        return grid;
    }

    @Test
    void l0FallsAsTheDecayComesLaterAtABouncingStepSize() throws InterruptedException {
        ExperimentSpec e1 = PresetCatalog.bundled("diag-sgd-decay").withMetrics(List.of("train_loss", "l0"));
        SweepSpec sweep = new SweepSpec(e1, 1, new SweepAxis(SweepParameter.STEP_SIZE, 0.27, 0.27, 1, false),
                new SweepAxis(SweepParameter.DECAY_AT, 0.1, 0.7, 4, false), 1);
        SweepGrid grid = run(sweep);
        double[] l0 = new double[4];
        for (int j = 0; j < 4; j++) {
            assertThat(grid.diverged(0, j)).isFalse();
            l0[j] = grid.value("l0", 0, j);
            // the loss stabilized in the paper's band while the step was large
            assertThat(grid.value("stabilized_loss", 0, j)).isBetween(3e-3, 0.2);
        }
        assertThat(l0[0]).isGreaterThan(150);
        for (int j = 1; j < 4; j++) {
            assertThat(l0[j]).as("l0 with the decay at %s", sweep.y().value(j)).isLessThan(l0[j - 1]);
        }
        assertThat(l0[3]).isLessThan(l0[0] - 50);
    }

    @Test
    void theDivergenceBoundaryLiesWhereEdgeFindsIt() throws InterruptedException {
        ExperimentSpec e1 = PresetCatalog.bundled("diag-sgd-decay").withIterations(RunProbe.DEFAULT_STEPS)
                .withMetrics(List.of("train_loss"));
        SweepSpec sweep = new SweepSpec(e1, 0, new SweepAxis(SweepParameter.STEP_SIZE, 0.2, 0.5, 31, false),
                new SweepAxis(SweepParameter.SGD_SEED, 5, 5, 1, false), 1);
        double boundary = run(sweep).boundary()[0];
        assertThat(boundary).isBetween(0.5, 29.5);
        double spacing = sweep.x().value(1) - sweep.x().value(0);
        Edge edge = EdgeFinder.find(new RunProbe(new Experiment(e1), 0, null, RunProbe.DEFAULT_STEPS), 0.22,
                EdgeFinder.DEFAULT_TOLERANCE, p -> { }, () -> false);
        assertThat(edge.bracketed()).isTrue();
        // divergence of one SGD seed is not exactly monotone in the step size: within a grid step
        assertThat(edge.estimate()).isCloseTo(sweep.x().valueAt(boundary), org.assertj.core.api.Assertions.within(spacing));
    }
}
