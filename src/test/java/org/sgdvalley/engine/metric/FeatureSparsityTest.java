package org.sgdvalley.engine.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.Rng;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.model.Model;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.model.ModelSpec.Init;
import org.sgdvalley.engine.model.ModelSpec.Init.Distribution;

class FeatureSparsityTest {
    /**
     * 4 samples x 4 neurons: neuron 1 duplicates neuron 0 (twice as large), neuron 2 is dead,
     * sample 3 activates nothing (a zero row).
     */
    private static final double[] PHI = {
        1, 2, 0, 0,
        2, 4, 0, 1,
        0, 0, 0, 3,
        0, 0, 0, 0,
    };

    @Test
    void duplicatedNeuronIsDroppedOnceAndDeadNeuronDoesNotCount() {
        // survivors: neuron 1 (2 non-zeros) and neuron 3 (2 non-zeros) out of 4 x 4 entries
        assertThat(FeatureSparsity.of(PHI, 4, 4, 0.99)).isCloseTo(4.0 / 16, within(1e-15));
    }

    @Test
    void withAThresholdAboveOneNothingIsDropped() {
        assertThat(FeatureSparsity.of(PHI, 4, 4, 1.5)).isCloseTo(6.0 / 16, within(1e-15));
    }

    @Test
    void ofThreeCopiesOnlyTheLastSurvives() {
        double[] phi = {
            1, 1, 1, 0.5,
            2, 2, 2, 0,
            0, 0, 0, 1,
        };
        // copies 0 and 1 are dropped (each correlates with a later kept copy); 2 and 3 survive: 2 + 2 non-zeros
        assertThat(FeatureSparsity.of(phi, 3, 4, 0.99)).isCloseTo(4.0 / 12, within(1e-15));
    }

    @Test
    void anticorrelatedNeuronsCountAsCorrelated() {
        double[] phi = {
            1, 0,
            0, 1,
        };
        // after row normalization the columns are (1, 0) and (0, 1): correlation -1, one is dropped
        assertThat(FeatureSparsity.of(phi, 2, 2, 0.99)).isCloseTo(1.0 / 4, within(1e-15));
    }

    @Test
    void constantColumnsAreNotCorrelatedAndNoActiveNeuronGivesZero() {
        double[] constant = {
            1, 1,
            3, 3,
        };
        // after normalization both columns are constant: correlation undefined, both survive
        assertThat(FeatureSparsity.of(constant, 2, 2, 0.99)).isEqualTo(1.0);
        assertThat(FeatureSparsity.of(new double[6], 2, 3, 0.99)).isZero();
        assertThat(FeatureSparsity.of(new double[] {1, Double.NaN}, 1, 2, 0.99)).isNaN();
    }

    @Test
    void oneColumnPerHiddenLayerOfADeepNetwork() {
        Init normal = new Init(Distribution.NORMAL, 0.8);
        Model deep = new ModelSpec.Relu(List.of(10, 10), true, true, normal, normal, normal, normal).build(5);
        Model shallow = new ModelSpec.Relu(List.of(20), false, false, normal, normal, normal, normal).build(5);
        FeatureSparsity metric = new FeatureSparsity();
        assertThat(metric.columns(deep)).containsExactly("feature_sparsity_1", "feature_sparsity_2");
        assertThat(metric.columns(shallow)).containsExactly("feature_sparsity");

        Dataset data = new DataSpec.Teacher(50, 10, 5, List.of(2, 2), true, false, 1).generate();
        double[] params = new double[deep.parameterCount()];
        deep.initialize(params, new Rng(2));
        double[] out = new double[2];
        metric.evaluate(new MetricContext(deep, data, params, 0.01, MetricOptions.reluDefaults()), out, 0);
        assertThat(out[0]).isBetween(0.01, 1.0);
        assertThat(out[1]).isBetween(0.01, 1.0);
    }
}
