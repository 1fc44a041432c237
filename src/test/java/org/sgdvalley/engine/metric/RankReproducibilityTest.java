package org.sgdvalley.engine.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bytedeco.openblas.global.openblas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.Rng;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.Run;
import org.sgdvalley.preset.PresetCatalog;

/**
 * rank(phi) counts singular values down to 1e-15 of the largest, where round-off decides the count:
 * the same Jacobian must give the same singular values, bit for bit, on every call, on every thread,
 * whatever ran before, or a resumed session would not repeat an uninterrupted run.
 */
class RankReproducibilityTest {
    private static final int ROWS = 400;
    /** E1's 400 x 400 Jacobian (d = 200) after 10,000 steps of the run decayed at 50%. */
    private static double[] phi;
    private static double[] reference;

    @BeforeAll
    static void e1Jacobian() {
        Experiment e1 = new Experiment(PresetCatalog.bundled("diag-sgd-decay"));
        Run run = e1.runs().get(3);
        run.advance(10_000);
        phi = JacobianRank.jacobian(e1.model(), run.params(), e1.data().xTest(), ROWS);
        reference = Linalg.singularValues(phi, ROWS, ROWS);
    }

    private static double[] singularValues() {
        return Linalg.singularValues(phi, ROWS, ROWS);
    }

    @Test
    void theJacobianHasManySingularValuesNearTheThreshold() {
        long nearThreshold = Arrays.stream(reference).map(s -> s / reference[0]).filter(r -> r > 1e-17 && r < 1e-13)
                .count();
        assertThat(nearThreshold).isGreaterThan(10);
        assertThat(JacobianRank.rank(phi, ROWS, ROWS, 1e-15)).isBetween(100.0, 199.0);
    }

    @Test
    void twentyCallsWithOtherNativeWorkBetweenThemGiveTheSameBits() {
        Rng rng = new Rng(7);
        double[] other = new double[300 * 200];
        Arrays.setAll(other, i -> rng.nextGaussian());
        double[] symmetric = new double[200 * 200];
        Arrays.setAll(symmetric, k -> other[k] + other[k % 200 * 200 + k / 200]);
        double rank = JacobianRank.rank(phi, ROWS, ROWS, 1e-15);
        for (int call = 0; call < 20; call++) {
            assertThat(singularValues()).as("call %d", call).isEqualTo(reference);
            assertThat(JacobianRank.rank(phi, ROWS, ROWS, 1e-15)).isEqualTo(rank);
            Linalg.singularValues(other, 300, 200);
            Linalg.symmetricEigenvalues(symmetric, 200);
            Linalg.meanSquaredResiduals(other, 300, other, new double[300], 200);
        }
    }

    /**
     * The cause of the old irreproducibility: ND4J handed LAPACK the bare address of an array's
     * memory, which a garbage collection during the call could free (a wrong rank, or glibc aborting
     * the JVM on a corrupted heap).
     */
    @Test
    void callsFromOtherThreadsWhileTheHeapIsCollectedGiveTheSameBits() throws Exception {
        double[] small = new double[12 * 10];
        Arrays.setAll(small, i -> Math.cos(1.7 * i));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (HeapCollector collector = HeapCollector.warmedUp(() -> Linalg.singularValues(small, 12, 10))) {
            List<Future<double[]>> calls = new ArrayList<>();
            for (int call = 0; call < 20; call++) {
                calls.add(pool.submit(RankReproducibilityTest::singularValues));
            }
            for (Future<double[]> call : calls) {
                assertThat(call.get()).isEqualTo(reference);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theOpenBlasThreadCountDoesNotChangeTheBits() {
        int threads = openblas.blas_get_num_threads();
        openblas.blas_set_num_threads(2);
        try {
            assertThat(singularValues()).isEqualTo(reference);
            assertThat(openblas.blas_get_num_threads()).as("restored after the call").isEqualTo(2);
        } finally {
            openblas.blas_set_num_threads(threads);
        }
    }
}
