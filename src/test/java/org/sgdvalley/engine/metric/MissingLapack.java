package org.sgdvalley.engine.metric;

/**
 * Simulates a platform whose native OpenBLAS lacks LAPACKE (as 0.3.19-1.5.7 for macosx-arm64 did):
 * while open, every LAPACK call of {@link Linalg} throws {@link UnsatisfiedLinkError}.
 */
public final class MissingLapack implements AutoCloseable {
    private final Linalg.Lapack original = Linalg.lapack;

    private MissingLapack() {
        forgetNotices();
        Linalg.lapack = new Linalg.Lapack() {
            @Override
            public int dgesvd(int m, int n, double[] a, double[] values, double[] superb) {
                throw new UnsatisfiedLinkError("'int org.bytedeco.openblas.global.openblas.LAPACKE_dgesvd(...)'");
            }

            @Override
            public int dsyev(int n, double[] a, double[] values) {
                throw new UnsatisfiedLinkError("'int org.bytedeco.openblas.global.openblas.LAPACKE_dsyev(...)'");
            }
        };
    }

    /** Starts the simulation; closing it restores the real LAPACK. */
    public static MissingLapack simulate() {
        return new MissingLapack();
    }

    @Override
    public void close() {
        Linalg.lapack = original;
        forgetNotices();
    }

    private static void forgetNotices() {
        MetricSet.UNAVAILABLE.clear();
        MetricSet.NOTICES.clear();
    }
}
