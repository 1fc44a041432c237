package org.sgdvalley.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrajectoryTest {

    @Test
    void thinningKeepsPairsOfConsecutiveIteratesWithinTheBudget() {
        Trajectory path = new Trajectory(1_000_000); // the smallest record: 64 points
        for (long t = 0; t < 100_000; t++) {
            if (path.wants(t)) {
                path.record(t, new double[] {t});
            }
        }
        Trajectory.Points points = path.points();
        assertThat(points.size()).isBetween(16, 64);
        long[] it = points.iterations();
        assertThat(it[0]).isZero();
        assertThat(it[1]).isEqualTo(1);
        for (int k = 0; k + 1 < it.length; k += 2) {
            assertThat(it[k + 1]).isEqualTo(it[k] + 1);
            assertThat(points.params()[k][0]).isEqualTo(it[k]);
        }
        assertThat(it[it.length - 1]).isGreaterThan(50_000);
    }

    @Test
    void recentKeepsTheLastConsecutiveIteratesOldestFirstAndTruncateForgets() {
        Trajectory path = new Trajectory(2);
        for (long t = 0; t < 100; t++) {
            path.recordRecent(t, new double[] {t, -t});
        }
        Trajectory.Points recent = path.recent();
        assertThat(recent.size()).isEqualTo(Trajectory.RECENT);
        assertThat(recent.iterations()[0]).isEqualTo(100 - Trajectory.RECENT);
        assertThat(recent.params()[Trajectory.RECENT - 1]).containsExactly(99, -99);
        path.record(0, new double[] {0, 0});
        path.record(1, new double[] {1, 1});
        path.truncateAfter(0);
        assertThat(path.points().size()).isEqualTo(1);
        assertThat(path.recent().size()).isZero();
    }
}
