package org.sgdvalley.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ToyMapTest {

    @Test
    void atEta11TheGdMapSettlesOnTheTwoCycle() {
        double[] theta = ToyMap.iterates(0.5, 1.1, 2000);
        double a = theta[1999];
        double b = theta[2000];
        assertThat(Math.min(a, b)).isCloseTo(0.815, within(0.001));
        assertThat(Math.max(a, b)).isCloseTo(1.116, within(0.001));
        assertThat(ToyMap.step(ToyMap.step(a, 1.1), 1.1)).isCloseTo(a, within(1e-12));
        assertThat(ToyMap.step(a, 1.1)).isNotCloseTo(a, within(0.1));
    }

    @Test
    void belowOneItConvergesToThetaStar() {
        double[] theta = ToyMap.iterates(0.5, 0.9, 500);
        assertThat(theta[500]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void bifurcationDiagramShowsOneTwoAndManyBranches() {
        double[][] diagram = ToyMap.bifurcation(0.9, 1.4, 6, 0.5, 3000, 64);
        assertThat(distinct(diagram[0])).isEqualTo(1);   // 0.9
        assertThat(distinct(diagram[2])).isEqualTo(2);   // 1.1
        assertThat(distinct(diagram[5])).isGreaterThan(4); // 1.4: chaos
    }

    private static long distinct(double[] values) {
        return Arrays.stream(values).map(v -> Math.round(v * 1e6) / 1e6).distinct().count();
    }
}
