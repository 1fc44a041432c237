package org.sgdvalley.engine.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.preset.PresetCatalog;

class EdgeFinderTest {

    /** GD on the quadratic f(w) = sum lambda_j w_j^2 / 2: it diverges exactly above 2 / max lambda. */
    private static EdgeProbe quadratic(double[] lambda) {
        return eta -> {
            double[] w = new double[lambda.length];
            Arrays.fill(w, 1.0);
            for (int t = 0; t < 50; t++) {
                for (int j = 0; j < w.length; j++) {
                    w[j] -= eta * lambda[j] * w[j];
                }
            }
            double norm = 0;
            for (double v : w) {
                norm = Math.max(norm, Math.abs(v));
            }
            return !(norm <= 1); // |1 - eta lambda| > 1 for some lambda
        };
    }

    @Test
    void bracketsTheQuadraticsThresholdFromBelowAndFromAbove() {
        double[] lambda = {0.5, 3.0, 7.3};
        double threshold = 2 / 7.3;
        for (double start : new double[] {0.001, 0.27, 50}) {
            List<Double> progress = new ArrayList<>();
            Edge edge = EdgeFinder.find(quadratic(lambda), start, 0.01, progress::add, () -> false);
            assertThat(edge.bracketed()).isTrue();
            assertThat(edge.lower()).isLessThanOrEqualTo(threshold);
            assertThat(edge.upper()).isGreaterThan(threshold);
            assertThat(edge.upper() / edge.lower()).isLessThanOrEqualTo(1.01);
            assertThat(edge.estimate()).isEqualTo(edge.lower());
            assertThat(edge.ratio(threshold)).isBetween(1.0, 1.01);
            assertThat(progress).isSorted().last().isEqualTo(1.0);
        }
    }

    @Test
    void reportsNoBracketWhenNothingDiverges() {
        Edge edge = EdgeFinder.find(eta -> false, 1, 0.01, p -> { }, () -> false);
        assertThat(edge.bracketed()).isFalse();
        assertThat(edge.upper()).isInfinite();
    }

    @Test
    void shortRunsOfTheToyFindItsEdgeBetweenItsStableAndDivergingStepSizes() {
        Experiment toy = new Experiment(PresetCatalog.bundled("toy-quadratic"));
        Edge edge = EdgeFinder.find(new RunProbe(toy, 1, null, 2000), 1.02, 0.01, p -> { }, () -> false);
        assertThat(edge.bracketed()).isTrue();
        // the preset's bouncing step size 1.02 does not diverge; SGD on x in [1, 1.1] cannot survive eta = 2
        assertThat(edge.lower()).isGreaterThanOrEqualTo(1.02).isLessThan(2.0);
    }
}
