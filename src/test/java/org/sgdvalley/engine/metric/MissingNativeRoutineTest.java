package org.sgdvalley.engine.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.model.DiagonalNetwork;

/** A LAPACK routine missing from the platform's OpenBLAS: the metric reads NaN, said once, the others go on. */
class MissingNativeRoutineTest {
    private static final String PLATFORM = System.getProperty("os.name") + " " + System.getProperty("os.arch");

    @Test
    void aMissingRoutineIsNamedWithTheOperatingSystem() {
        try (MissingLapack missing = MissingLapack.simulate()) {
            assertThatThrownBy(() -> Linalg.singularValues(new double[] {1, 0, 0, 1}, 2, 2))
                    .isInstanceOf(MissingNativeRoutine.class)
                    .hasMessageStartingWith("LAPACKE_dgesvd is missing from the native libraries for " + PLATFORM)
                    .hasMessageContaining("UnsatisfiedLinkError");
            assertThatThrownBy(() -> Linalg.symmetricEigenvalues(new double[] {2, 1, 1, 2}, 2))
                    .isInstanceOf(MissingNativeRoutine.class)
                    .hasMessageStartingWith("LAPACKE_dsyev is missing");
        }
        assertThat(Linalg.singularValues(new double[] {1, 0, 0, 1}, 2, 2)).containsExactly(1, 1);
    }

    @Test
    void rankReadsNaNAndIsReportedOnceWhileTheOtherMetricsAreComputed() {
        MetricContext context = diagonalNetworkAtInitialization(5);
        MetricSet metrics = new MetricSet(List.of("train_loss", "rank", "l1"), context.model());
        try (MissingLapack missing = MissingLapack.simulate()) {
            double[] row = metrics.evaluate(context);
            int rank = metrics.columns().indexOf("rank");
            assertThat(row[rank]).isNaN();
            for (int i = 0; i < row.length; i++) {
                if (i != rank) {
                    assertThat(row[i]).as(metrics.columns().get(i)).isFinite();
                }
            }
            assertThat(MetricSet.takeUnavailableNotice())
                    .isEqualTo("rank unavailable: LAPACKE_dgesvd is missing from the native libraries for " + PLATFORM
                            + " (java.lang.UnsatisfiedLinkError: 'int org.bytedeco.openblas.global.openblas"
                            + ".LAPACKE_dgesvd(...)'); training goes on without it")
                    .doesNotContain("\n");
            metrics.evaluate(context);
            assertThat(MetricSet.takeUnavailableNotice()).isNull();
        }
    }

    private static MetricContext diagonalNetworkAtInitialization(int d) {
        DiagonalNetwork model = new DiagonalNetwork(d, 0.1, 0.0);
        double[] params = new double[model.parameterCount()];
        model.initialize(params, null);
        Dataset data = new DataSpec.Sparse(8, 100, d, 2, 1).generate();
        return new MetricContext(model, data, params, 0.1, MetricOptions.diagonalDefaults());
    }
}
