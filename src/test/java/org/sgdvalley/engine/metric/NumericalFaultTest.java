package org.sgdvalley.engine.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.Run;
import org.sgdvalley.preset.PresetCatalog;

/**
 * Injected numerical faults: every metric of every bundled preset on parameters that are NaN, +inf,
 * huge or all zero (no active neuron), and the linear algebra on non-finite, constant and zero
 * matrices. Each gives a number or NaN, quickly, and never an exception or a hang.
 */
class NumericalFaultTest {

    static Stream<String> presets() {
        return PresetCatalog.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void everyMetricSurvivesNonFiniteAndDegenerateParameters(String preset) {
        ExperimentSpec spec = PresetCatalog.bundled(preset);
        Experiment experiment = new Experiment(spec);
        Run run = experiment.runs().get(0);
        double[] params = run.params();
        double[] saved = params.clone();
        List<String> faults = new ArrayList<>();
        for (double fault : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e300, 0.0}) {
            Arrays.fill(params, fault);
            long start = System.nanoTime();
            double[] row = experiment.evaluate(run);
            assertThat(row).hasSize(experiment.metrics().columns().size());
            assertThat((System.nanoTime() - start) / 1e9).as(preset + " with " + fault).isLessThan(10);
            faults.add(fault + " -> " + Arrays.toString(row));
        }
        // one NaN parameter only
        System.arraycopy(saved, 0, params, 0, params.length);
        params[params.length / 2] = Double.NaN;
        double[] row = experiment.evaluate(run);
        // a ReLU maps NaN to 0: without the check a broken iterate would read as finite, even sparse
        assertThat(row).as(String.join("; ", faults)).containsOnly(Double.NaN);
        run.checkTrainLoss(0.0);
        assertThat(run.divergence()).as("a NaN parameter stops the run").isNotNull();
        assertThat(run.divergence().loss()).isNaN();
    }

    @Test
    void singularValuesRefuseNonFiniteMatricesInsteadOfCallingLapack() {
        assertThatThrownBy(() -> Linalg.singularValues(new double[] {1, Double.NaN, 0, 1}, 2, 2))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("non-finite");
        assertThatThrownBy(() -> Linalg.symmetricEigenvalues(new double[] {1, 0, 0, Double.POSITIVE_INFINITY}, 2))
                .isInstanceOf(ArithmeticException.class);
        assertThat(JacobianRank.rank(new double[] {1, Double.NaN, 0, 1}, 2, 2, 1e-10)).isNaN();
        assertThat(JacobianRank.rank(new double[4], 2, 2, 1e-10)).isZero();
    }

    @Test
    void correlationOfAConstantColumnZeroRowsAndNoActiveNeuron() {
        // column 0 constant, column 1 varies: the correlation is undefined, taken as 0
        double[] phi = {1, 0.5, 1, 2, 1, 3};
        assertThat(FeatureSparsity.pearson(phi, 3, 2, 0, 1)).isZero();
        // a zero row stays zero after normalization, no division by zero
        double[] zeroRow = {0, 0, 1, 2, 3, 1};
        assertThat(FeatureSparsity.of(zeroRow, 3, 2, 0.99)).isBetween(0.0, 1.0);
        // no neuron is ever active: sparsity 0, not NaN
        assertThat(FeatureSparsity.of(new double[12], 4, 3, 0.99)).isZero();
        assertThat(FeatureSparsity.of(new double[] {Double.NaN, 1}, 1, 2, 0.99)).isNaN();
        assertThat(FeatureSparsity.of(new double[0], 0, 0, 0.99)).isNaN();
    }

    @Test
    void aMetricThatThrowsReadsNaNAndTheOthersStillCount() {
        ExperimentSpec spec = PresetCatalog.bundled("relu-1d-warmup");
        Experiment experiment = new Experiment(spec);
        Run run = experiment.runs().get(0);
        Arrays.fill(run.params(), Double.NaN);
        double[] row = experiment.evaluate(run);
        int rank = experiment.metrics().columns().indexOf("rank");
        assertThat(row[rank]).isNaN();
    }
}
