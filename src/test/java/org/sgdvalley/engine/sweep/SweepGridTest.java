package org.sgdvalley.engine.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sgdvalley.preset.PresetCatalog;

/** The grid's medians over seeds, the diverged share and the edge between the last point that held and the first that diverged. */
class SweepGridTest {
    private static final SweepSpec SWEEP = new SweepSpec(PresetCatalog.bundled("toy-quadratic"), 2,
            new SweepAxis(SweepParameter.STEP_SIZE, 0.5, 1.0, 6, false),
            new SweepAxis(SweepParameter.DECAY_AT, 0.2, 0.8, 2, false), 3);

    private static CellRow row(int i, int j, int seed, boolean diverged, double trainLoss) {
        return new CellRow(i, j, seed, SWEEP.x().value(i), SWEEP.y().value(j), 1 + seed, 0, diverged ? 50 : 10001,
                diverged ? 50 : -1, new double[] {diverged ? Double.NaN : trainLoss, 0, 0}, Double.NaN, Double.NaN);
    }

    @Test
    void mediansSkipDivergedSeedsAndTheEdgeLiesBetweenHeldAndDiverged() {
        SweepGrid grid = new SweepGrid(SWEEP);
        assertThat(grid.quantities()).containsExactly("train_loss", "test_loss", "sharpness", "stabilized_loss",
                "stabilization_step", "diverged");
        for (int i = 0; i < 6; i++) {
            for (int s = 0; s < 3; s++) {
                // row 0: points 0..2 hold, from 3 on two seeds of three diverge; row 1: the first point diverges
                grid.add(row(i, 0, s, i >= 3 && s > 0, 1e-3 * (s + 1)));
                grid.add(row(i, 1, s, true, 1));
            }
        }
        assertThat(grid.value("train_loss", 0, 0)).isEqualTo(2e-3);
        assertThat(grid.value("train_loss", 4, 0)).isEqualTo(1e-3);
        assertThat(grid.value(SweepGrid.DIVERGED, 4, 0)).isEqualTo(2 / 3.0);
        assertThat(grid.diverged(2, 0)).isFalse();
        assertThat(grid.diverged(3, 0)).isTrue();
        assertThat(grid.value("train_loss", 0, 1)).isNaN();
        assertThat(grid.boundary()).containsExactly(2.5, -0.5);
        assertThat(SWEEP.x().valueAt(2.5)).isEqualTo(0.75);
    }

    @Test
    void noEdgeWhileThePointsAfterTheLastThatHeldAreStillRunning() {
        SweepGrid grid = new SweepGrid(SWEEP);
        grid.add(row(0, 0, 0, false, 1));
        grid.add(row(2, 0, 0, true, 1));
        assertThat(grid.boundary()[0]).isNaN();
        assertThat(grid.finished()).isEqualTo(2);
    }
}
