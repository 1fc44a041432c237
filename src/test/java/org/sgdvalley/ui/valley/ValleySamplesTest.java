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
}
