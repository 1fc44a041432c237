package org.sgdvalley.engine.optim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BatchSamplerTest {

    @Test
    void withoutReplacementVisitsEveryRowOncePerEpoch() {
        BatchSampler sampler = new BatchSampler(10, new OptimizerSpec(false, 5, false, 0, 1));
        int[] out = new int[5];
        int[] seen = new int[10];
        for (int k = 0; k < 2; k++) {
            sampler.next(out);
            for (int i : out) {
                seen[i]++;
            }
        }
        assertThat(seen).containsOnly(1);
    }

    @Test
    void fullBatchTakesAllRows() {
        BatchSampler sampler = new BatchSampler(4, OptimizerSpec.gd());
        int[] out = new int[4];
        assertThat(sampler.next(out)).isEqualTo(4);
        assertThat(out).containsExactly(0, 1, 2, 3);
    }

    @Test
    void restoredStateContinuesTheSameSequence() {
        BatchSampler a = new BatchSampler(7, new OptimizerSpec(false, 3, false, 0, 9));
        int[] out = new int[3];
        a.next(out);
        BatchSampler.State state = a.state();
        int[] expected = new int[3];
        a.next(expected);
        BatchSampler b = new BatchSampler(7, new OptimizerSpec(false, 3, false, 0, 0));
        b.restore(state);
        b.next(out);
        assertThat(Arrays.equals(out, expected)).isTrue();
    }
}
