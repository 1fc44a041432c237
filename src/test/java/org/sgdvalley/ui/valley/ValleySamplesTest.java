package org.sgdvalley.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.valley.ValleyWorker;
import org.sgdvalley.ui.plot.SeriesBuffer;

/** Samples that grow between frames reach the plot in order, whatever values a log axis cannot show. */
class ValleySamplesTest {

    @Test
    void samplesALogAxisCannotShowAreSkippedWithoutReplayingEarlierOnes() {
        SeriesBuffer buffer = new SeriesBuffer(8);
        // a ReLU network's sharpness can be 0 (no active neuron) or NaN early in a warm-up
        ValleyPlots.fill(buffer, new ValleyWorker.Samples(new long[] {0, 840, 1680, 2100},
                new double[] {5, 0, Double.NaN, 7}));
        ValleyPlots.fill(buffer, new ValleyWorker.Samples(new long[] {0, 840, 1680, 2100, 2520},
                new double[] {5, 0, Double.NaN, 7, 8}));
        assertThat(Arrays.copyOf(buffer.x(), buffer.count())).containsExactly(0, 2100, 2520);
    }
}
