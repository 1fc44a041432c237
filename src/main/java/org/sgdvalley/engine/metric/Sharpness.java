package org.sgdvalley.engine.metric;

import java.util.Arrays;
import org.sgdvalley.engine.Rng;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.model.DiagonalNetwork;
import org.sgdvalley.engine.model.Model;

/**
 * Sharpness: the top (largest) eigenvalue of the Hessian of the training loss, by power iteration on
 * Hessian-vector products (see {@link HessianVectorProduct}). Full-batch GD is stable only while
 * sharpness &lt; 2 / eta.
 *
 * <p>Power iteration finds the eigenvalue of largest magnitude; if that one is negative, a second
 * power iteration on H - lambda I finds the largest one. The start vector is a fixed pseudo-random
 * unit vector, so the result is deterministic. It stops when the Rayleigh quotient changes by less
 * than {@value #TOLERANCE} (relative) or after {@value #MAX_ITERATIONS} products.
 */
public final class Sharpness implements Metric {

    @Override
    public boolean expensive() {
        return true;
    }
    static final double TOLERANCE = 1e-10;
    static final int MAX_ITERATIONS = 5000;
    private static final long START_SEED = 0x5eed_5eedL;

    /**
     * An eigenvalue and its unit eigenvector; the vector's largest-magnitude entry is positive.
     * Both are NaN when the iterate or the data give non-finite products.
     */
    public record Eigenpair(double value, double[] vector) {
    }

    Sharpness() {
    }

    @Override
    public String name() {
        return "sharpness";
    }

    @Override
    public boolean appliesTo(Model model) {
        return true;
    }

    @Override
    public void evaluate(MetricContext context, double[] out, int offset) {
        out[offset] = topEigenpair(context.model(), context.data(), context.params()).value();
    }

    /**
     * The top eigenvalue of the training-loss Hessian at {@code params} and its eigenvector: closed form
     * Hessian-vector products for a diagonal network, finite differences of the gradient otherwise.
     * {@code params} is not modified.
     */
    public static Eigenpair topEigenpair(Model model, Dataset data, double[] params) {
        int p = model.parameterCount();
        if (data.n() == 0 || !allFinite(params)) {
            return nanPair(p);
        }
        HessianVectorProduct hvp = model instanceof DiagonalNetwork
                ? HessianVectorProduct.diagonal(model.inputDimension(), data, params)
                : HessianVectorProduct.finiteDifference(model, data, params);
        return topEigenpair(hvp, p);
    }

    /** The top eigenpair of the symmetric operator {@code hvp} on vectors of length {@code p}. */
    static Eigenpair topEigenpair(HessianVectorProduct hvp, int p) {
        Eigenpair dominant = powerIteration(hvp, p, 0.0);
        if (Double.isNaN(dominant.value()) || dominant.value() >= 0) {
            return dominant;
        }
        double shift = dominant.value();
        Eigenpair shifted = powerIteration(hvp, p, shift);
        return new Eigenpair(shifted.value() + shift, shifted.vector());
    }

    /** Power iteration on H - shift I; returns its dominant eigenvalue and eigenvector. */
    private static Eigenpair powerIteration(HessianVectorProduct hvp, int p, double shift) {
        double[] v = startVector(p);
        double[] hv = new double[p];
        double lambda = Double.NaN;
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            hvp.apply(v, hv);
            double rayleigh = 0;
            double norm2 = 0;
            for (int j = 0; j < p; j++) {
                hv[j] -= shift * v[j];
                rayleigh += v[j] * hv[j];
                norm2 += hv[j] * hv[j];
            }
            if (!Double.isFinite(rayleigh) || !Double.isFinite(norm2)) {
                return nanPair(p);
            }
            if (norm2 == 0) {
                return new Eigenpair(0.0, orient(v));
            }
            double inv = 1.0 / Math.sqrt(norm2);
            for (int j = 0; j < p; j++) {
                v[j] = hv[j] * inv;
            }
            boolean converged = Math.abs(rayleigh - lambda) <= TOLERANCE * Math.abs(rayleigh);
            lambda = rayleigh;
            if (converged) {
                break;
            }
        }
        return new Eigenpair(lambda, orient(v));
    }

    private static double[] startVector(int p) {
        Rng rng = new Rng(START_SEED);
        double[] v = new double[p];
        double norm2 = 0;
        for (int j = 0; j < p; j++) {
            v[j] = rng.nextGaussian();
            norm2 += v[j] * v[j];
        }
        double inv = 1.0 / Math.sqrt(norm2);
        for (int j = 0; j < p; j++) {
            v[j] *= inv;
        }
        return v;
    }

    /** Flips the sign so that the largest-magnitude entry is positive. */
    private static double[] orient(double[] v) {
        int best = 0;
        for (int j = 1; j < v.length; j++) {
            if (Math.abs(v[j]) > Math.abs(v[best])) {
                best = j;
            }
        }
        if (v.length > 0 && v[best] < 0) {
            for (int j = 0; j < v.length; j++) {
                v[j] = -v[j];
            }
        }
        return v;
    }

    private static Eigenpair nanPair(int p) {
        double[] v = new double[p];
        Arrays.fill(v, Double.NaN);
        return new Eigenpair(Double.NaN, v);
    }

    static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
