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

    /**
     * The sum of {@code p[0..n)} in eight interleaved partial sums: enough independent chains to keep
     * both floating-point adders busy, where one running sum waits on each addition's latency.
     */
    static double sum(double[] p, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double s4 = 0;
        double s5 = 0;
        double s6 = 0;
        double s7 = 0;
        int j = 0;
        for (; j + 7 < n; j += 8) {
            s0 += p[j];
            s1 += p[j + 1];
            s2 += p[j + 2];
            s3 += p[j + 3];
            s4 += p[j + 4];
            s5 += p[j + 5];
            s6 += p[j + 6];
            s7 += p[j + 7];
        }
        for (; j < n; j++) {
            s0 += p[j];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }
}
