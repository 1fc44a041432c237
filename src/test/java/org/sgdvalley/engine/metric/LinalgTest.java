package org.sgdvalley.engine.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.Rng;

/** The batched loss of the landscape grid: hand-checked, and unharmed by garbage collections. */
class LinalgTest {

    @Test
    void meanSquaredResidualsOfTwoPredictors() {
        double[] x = {1, 0, 0, 1, 1, 1};
        double[] y = {1, 2, 3};
        double[] coefficients = {1, 2, 0, 0};
        // (1,2): residuals 0, 0, 0; (0,0): residuals -1, -2, -3 -> 14 / 3
        assertThat(Linalg.meanSquaredResiduals(coefficients, 2, x, y, 2))
                .containsExactly(new double[] {0, 14.0 / 3}, within(1e-12));
    }

    /** ND4J hands native code bare addresses: a collection during the product must not change it. */
    @Test
    void meanSquaredResidualsAreTheSameWhileTheHeapIsCollected() throws InterruptedException {
        Rng rng = new Rng(3);
        double[] coefficients = new double[500 * 200];
        double[] x = new double[300 * 200];
        double[] y = new double[300];
        Arrays.setAll(coefficients, k -> rng.nextGaussian());
        Arrays.setAll(x, k -> rng.nextGaussian());
        Arrays.setAll(y, k -> rng.nextGaussian());
        double[] first = Linalg.meanSquaredResiduals(coefficients, 500, x, y, 200);
        double[] one = {1};
        try (HeapCollector collector = HeapCollector.warmedUp(() -> Linalg.meanSquaredResiduals(one, 1, one, one, 1))) {
            for (int call = 0; call < 20; call++) {
                assertThat(Linalg.meanSquaredResiduals(coefficients, 500, x, y, 200)).as("call %d", call)
                        .isEqualTo(first);
            }
        }
    }
}
