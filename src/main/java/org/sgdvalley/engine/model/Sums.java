package org.sgdvalley.engine.model;

/** Small reductions written for the JIT: independent partial sums instead of one serial chain. */
final class Sums {
    private Sums() {
    }

    /** The dot product of {@code a[0..n)} and {@code b[0..n)}, in four interleaved partial sums. */
    static double dot(double[] a, double[] b, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += a[j] * b[j];
            s1 += a[j + 1] * b[j + 1];
            s2 += a[j + 2] * b[j + 2];
            s3 += a[j + 3] * b[j + 3];
        }
        for (; j < n; j++) {
            s0 += a[j] * b[j];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
