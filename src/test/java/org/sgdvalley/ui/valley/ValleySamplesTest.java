package org.sgdvalley.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sgdvalley.ui.plot.SeriesBuffer;

/** Samples that grow between frames reach the plot in order, whatever values a log axis cannot show. */
class ValleySamplesTest {

    @Test
    void samplesALogAxisCannotShowAreSkippedWithoutReplayingEarlierOnes() {
        SeriesBuffer buffer = new SeriesBuffer(8);
        // a ReLU network's sharpness can be 0 (no active neuron) or NaN early in a warm-up
        ValleyView.fill(buffer, new ValleyWorker.Samples(new long[] {0, 840, 1680, 2100},
                new double[] {5, 0, Double.NaN, 7}));
        ValleyView.fill(buffer, new ValleyWorker.Samples(new long[] {0, 840, 1680, 2100, 2520},
                new double[] {5, 0, Double.NaN, 7, 8}));
        assertThat(java.util.Arrays.copyOf(buffer.x(), buffer.count())).containsExactly(0, 2100, 2520);
    }

    @Test
    void theNewestIteratesComeFromTheThinnedRecordWhenNoRecentOneWasKept() {
        var trajectory = new org.sgdvalley.engine.run.Trajectory(2);
        trajectory.recordRecent(0, new double[] {0, 0});
        for (long t = 0; t <= 100; t++) {
            trajectory.record(t, new double[] {t, -t});
        }
        var newest = ValleyWorker.newest(trajectory);
        assertThat(newest.iterations()[newest.size() - 1]).isEqualTo(100);
        assertThat(newest.params()[newest.size() - 1]).containsExactly(100, -100);
        trajectory.recordRecent(101, new double[] {101, -101});
        assertThat(ValleyWorker.newest(trajectory).iterations()).containsExactly(0, 101);
    }
}
