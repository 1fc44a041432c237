package org.sgdvalley.engine.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.Rng;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.data.GroundTruth;
import org.sgdvalley.engine.model.DiagonalNetwork;
import org.sgdvalley.engine.model.Model;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.preset.PresetCatalog;

class SharpnessTest {
    private static final int D = 3;
    private static final int N = 5;
    private final Rng rng = new Rng(21);
    private final Dataset data = new Dataset(D, gaussian(N * D), gaussian(N), new double[0], new double[0],
            new GroundTruth.None());
    private final DiagonalNetwork model = new DiagonalNetwork(D, 0.1, 0.0);
    private final double[] params = gaussian(2 * D);

    private double[] gaussian(int length) {
        double[] v = new double[length];
        for (int i = 0; i < length; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }

    /** The paper's closed-form Hessian H = (1/n)[[V X'X V, V X'X U + D], [U X'X V + D, U X'X U]], row-major. */
    private double[] explicitHessian() {
        double[] x = data.xTrain();
        double[] xtx = new double[D * D];
        double[] dDiag = new double[D];
        for (int i = 0; i < N; i++) {
            double r = -data.yTrain()[i];
            for (int j = 0; j < D; j++) {
                r += x[i * D + j] * params[j] * params[D + j];
            }
            for (int j = 0; j < D; j++) {
                dDiag[j] += x[i * D + j] * r;
                for (int k = 0; k < D; k++) {
                    xtx[j * D + k] += x[i * D + j] * x[i * D + k];
                }
            }
        }
        int p = 2 * D;
        double[] h = new double[p * p];
        for (int j = 0; j < D; j++) {
            for (int k = 0; k < D; k++) {
                double u1 = params[j];
                double v1 = params[D + j];
                double u2 = params[k];
                double v2 = params[D + k];
                double extra = j == k ? dDiag[j] : 0;
                h[j * p + k] = v1 * xtx[j * D + k] * v2 / N;
                h[j * p + D + k] = (v1 * xtx[j * D + k] * u2 + extra) / N;
                h[(D + j) * p + k] = (u1 * xtx[j * D + k] * v2 + extra) / N;
                h[(D + j) * p + D + k] = u1 * xtx[j * D + k] * u2 / N;
            }
        }
        return h;
    }

    @Test
    void symmetricEigenvaluesOfAHandCheckedMatrix() {
        assertThat(Linalg.symmetricEigenvalues(new double[] {2, 1, 1, 2}, 2))
                .containsExactly(new double[] {1, 3}, within(1e-12));
    }

    /** The same eigenvalues, bit for bit, while the heap is collected (through ND4J it crashed the JVM). */
    @Test
    void symmetricEigenvaluesAreTheSameWhileTheHeapIsCollected() throws InterruptedException {
        double[] g = gaussian(200 * 200);
        double[] symmetric = new double[g.length];
        Arrays.setAll(symmetric, k -> g[k] + g[k % 200 * 200 + k / 200]);
        double[] first = Linalg.symmetricEigenvalues(symmetric, 200);
        double[] small = {2, 1, 1, 2};
        try (HeapCollector collector = HeapCollector.warmedUp(() -> Linalg.symmetricEigenvalues(small, 2))) {
            for (int call = 0; call < 20; call++) {
                assertThat(Linalg.symmetricEigenvalues(symmetric, 200)).as("call %d", call).isEqualTo(first);
            }
        }
    }

    @Test
    void closedFormProductEqualsTheExplicitHessian() {
        double[] h = explicitHessian();
        double[] v = gaussian(2 * D);
        double[] out = new double[2 * D];
        HessianVectorProduct.diagonal(D, data, params).apply(v, out);
        for (int j = 0; j < 2 * D; j++) {
            double expected = 0;
            for (int k = 0; k < 2 * D; k++) {
                expected += h[j * 2 * D + k] * v[k];
            }
            assertThat(out[j]).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void powerIterationFindsTheTopEigenvalueOfTheClosedFormHessian() {
        double[] eigenvalues = Linalg.symmetricEigenvalues(explicitHessian(), 2 * D);
        double top = eigenvalues[eigenvalues.length - 1];
        Sharpness.Eigenpair pair = Sharpness.topEigenpair(model, data, params);
        assertThat(pair.value()).isCloseTo(top, within(1e-8 * Math.abs(top)));
        // and H v = lambda v for the returned unit vector
        double[] hv = new double[2 * D];
        HessianVectorProduct.diagonal(D, data, params).apply(pair.vector(), hv);
        for (int j = 0; j < 2 * D; j++) {
            assertThat(hv[j]).isCloseTo(top * pair.vector()[j], within(1e-5 * Math.abs(top)));
        }
    }

    @Test
    void finiteDifferenceProductsAgreeWithTheClosedForm() {
        Model opaque = new Opaque(model);
        double closed = Sharpness.topEigenpair(model, data, params).value();
        double numeric = Sharpness.topEigenpair(opaque, data, params).value();
        assertThat(numeric).isCloseTo(closed, within(1e-5 * Math.abs(closed)));
    }

    @Test
    void findsTheLargestEigenvalueWhenANegativeOneDominates() {
        double[] diag = {-5, 1, 2};
        Sharpness.Eigenpair pair = Sharpness.topEigenpair((v, out) -> {
            for (int j = 0; j < 3; j++) {
                out[j] = diag[j] * v[j];
            }
        }, 3);
        assertThat(pair.value()).isCloseTo(2.0, within(1e-8));
        assertThat(pair.vector()[2]).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void nonFiniteIterateGivesNaN() {
        double[] bad = params.clone();
        bad[0] = Double.NaN;
        assertThat(Sharpness.topEigenpair(model, data, bad).value()).isNaN();
        double[] huge = params.clone();
        huge[1] = 1e300;
        assertThat(Sharpness.topEigenpair(model, data, huge).value()).isNaN();
    }

    /** The same model seen through the interface only, so the metric takes its finite-difference path. */
    private record Opaque(Model inner) implements Model {
        public int parameterCount() {
            return inner.parameterCount();
        }

        public int inputDimension() {
            return inner.inputDimension();
        }

        public double lossScale() {
            return inner.lossScale();
        }

        public void initialize(double[] params, Rng rng) {
            inner.initialize(params, rng);
        }

        public double predict(double[] params, double[] x, int offset) {
            return inner.predict(params, x, offset);
        }

        public void predictionGradient(double[] params, double[] x, int offset, double[] out) {
            inner.predictionGradient(params, x, offset, out);
        }

        public double lossAndGradient(double[] params, double[] x, int[] batch, double[] labels, int size,
                                      double[] grad) {
            return inner.lossAndGradient(params, x, batch, labels, size, grad);
        }
    }

    @Test
    void powerIterationMatchesTheClosedFormHessianAtABouncingIterateOfE3() {
        // the iterate of E3's SGD run after 3000 steps, where it bounces across the valley
        var experiment = new Experiment(
                PresetCatalog.bundled("diag-valley-2d"));
        var run = experiment.runs().get(2);
        for (int t = 0; t < 3000; t++) {
            run.step();
        }
        Dataset e3 = experiment.data();
        int d = e3.d();
        int p = 2 * d;
        double[] w = run.params().clone();
        double[] h = new double[p * p];
        double[] column = new double[p];
        HessianVectorProduct hvp = HessianVectorProduct.diagonal(d, e3, w);
        for (int k = 0; k < p; k++) {
            double[] unit = new double[p];
            unit[k] = 1;
            hvp.apply(unit, column);
            for (int j = 0; j < p; j++) {
                h[j * p + k] = column[j];
            }
        }
        double[] eigenvalues = Linalg.symmetricEigenvalues(h, p);
        double top = eigenvalues[p - 1];
        assertThat(top).isGreaterThan(0);
        assertThat(Sharpness.topEigenpair(run.model(), e3, w).value()).isCloseTo(top, within(1e-7 * top));
    }
}
