package org.sgdvalley.engine.metric;

import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.function.IntSupplier;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The dense linear algebra of the metrics, and the only class of the engine that calls ND4J.
 *
 * <p>ND4J takes about two seconds to load, so it is loaded on the first call, on the caller's thread
 * (a metric evaluation, never the UI thread), or on the thread {@link #reserveLoadingFor} names, in
 * double precision. Its thread count is set then, from
 * the system property {@value #THREADS_PROPERTY} (default 1): OpenMP threads of libnd4j
 * ({@code NativeOps.setOmpNumThreads}) and OpenBLAS threads ({@code Blas.setMaxThreads}). Setting these
 * from Java works after loading; the environment variable OMP_NUM_THREADS only works if set before
 * the JVM starts. On the 2-core development machine, with a training thread running beside it, one
 * thread was faster than two for the sizes here (a 128 x 128 product: about 0.5 ms with 1 thread,
 * 0.7 to 7 ms with 2; an SVD of a 200 x 300 matrix: 4.5 ms against 8 to 15 ms).
 *
 * <p>Singular values and symmetric eigenvalues come from the LAPACK of the OpenBLAS that ND4J ships
 * ({@code LAPACKE_dgesvd}, {@code LAPACKE_dsyev}), called directly on Java arrays and always on one
 * OpenBLAS thread, so that the same matrix gives the same values, bit for bit, on every call:
 * rank(phi) counts values down to 1e-15 of the largest, where the last bits decide. Through ND4J's
 * {@code INDArray} it did not: ND4J hands LAPACK the bare address of an array's memory, which does
 * not keep the array reachable, so a garbage collection during the call could free the matrix or a
 * work buffer under LAPACK (once, E1's rank read 94 where the same parameters gave 200 in a resumed
 * run; with {@code System.gc()} in a loop beside it, glibc aborted the JVM on a corrupted heap).
 * The thread count changes the last bits too (the largest singular value of E1's Jacobian differs
 * between 1 and 2 threads); the address alignment of the input does not.
 *
 * <p>Calls are serialized (one at a time), so metrics of runs on different threads may share it.
 *
 * <p>A native library or routine missing on this platform ({@link LinkageError}, such as
 * {@link UnsatisfiedLinkError}) is turned into a {@link MissingNativeRoutine} that names it and the
 * operating system, so that the metric reads NaN and the trainer carries on.
 */
public final class Linalg {
    /** System property with the number of native threads ND4J may use. */
    public static final String THREADS_PROPERTY = "sgdvalley.linalg.threads";

    /** What is missing when ND4J does not load, as {@link MissingNativeRoutine} names it. */
    private static final String ND4J = "ND4J's native library (nd4j-native)";

    private static final NativeLoadGate GATE = new NativeLoadGate();

    /** The LAPACK routines called here; tests replace them to simulate a platform that lacks one. */
    interface Lapack {
        /** {@code LAPACKE_dgesvd} without singular vectors on the column-major m x n matrix {@code a}. */
        int dgesvd(int m, int n, double[] a, double[] values, double[] superb);

        /** {@code LAPACKE_dsyev} without eigenvectors on the column-major n x n matrix {@code a}. */
        int dsyev(int n, double[] a, double[] values);
    }

    /** The OpenBLAS LAPACK, unless a test simulates a missing routine. */
    static volatile Lapack lapack = new Lapack() {
        @Override
        public int dgesvd(int m, int n, double[] a, double[] values, double[] superb) {
            return openblas.LAPACKE_dgesvd(openblas.LAPACK_COL_MAJOR, (byte) 'N', (byte) 'N', m, n, a, m, values,
                    null, 1, null, 1, superb);
        }

        @Override
        public int dsyev(int n, double[] a, double[] values) {
            return openblas.LAPACKE_dsyev(openblas.LAPACK_COL_MAJOR, (byte) 'N', (byte) 'U', n, a, n, values);
        }
    };

    private Linalg() {
    }

    /**
     * Reserves the first load of ND4J's native libraries for {@code loader}: until it has called
     * {@link #warmUp()}, other threads that need ND4J wait, and none of them loads it (see
     * {@link NativeLoadGate}). The desktop app's native loader calls this before anything can use ND4J.
     */
    public static void reserveLoadingFor(Thread loader) {
        GATE.reserveFor(loader);
    }

    /** Loads and configures ND4J once, on first use. */
    private static final class Nd4jHolder {
        static final int THREADS;

        static {
            GATE.checkLoader();
            try {
                Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
                THREADS = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
                        Integer.getInteger(THREADS_PROPERTY, 1)));
                NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(THREADS);
                Nd4j.factory().blas().setMaxThreads(THREADS);
                Loader.load(openblas.class);
            } finally {
                GATE.finish();
            }
        }
    }

    /** Whether ND4J's native libraries have been loaded (or their loading has failed). */
    public static boolean loadAttempted() {
        return GATE.finished();
    }

    /**
     * Loads ND4J now, or waits until the thread the load is reserved for has loaded it; returns the
     * thread count it uses.
     */
    public static int warmUp() {
        GATE.awaitTurn();
        return Nd4jHolder.THREADS;
    }

    /**
     * Singular values of the rows x cols row-major matrix {@code a}, in decreasing order
     * (min(rows, cols) of them), by LAPACK gesvd without singular vectors: the same matrix gives the
     * same values, bit for bit, on every call (see the class comment).
     */
    public static synchronized double[] singularValues(double[] a, int rows, int cols) {
        checkShape(a, rows, cols);
        if (rows == 0 || cols == 0) {
            return new double[0];
        }
        // read as column-major, the row-major a is its transpose, which has the same singular values
        double[] transpose = a.clone();
        double[] values = new double[Math.min(rows, cols)];
        double[] superb = new double[values.length];
        check("gesvd", lapackOnOneThread("LAPACKE_dgesvd",
                () -> lapack.dgesvd(cols, rows, transpose, values, superb)));
        return values;
    }

    /**
     * Eigenvalues of the symmetric n x n row-major matrix {@code a}, in increasing order, by LAPACK syev
     * without eigenvectors, called like gesvd in {@link #singularValues} (through ND4J, a garbage
     * collection during the call could crash the JVM the same way).
     */
    public static synchronized double[] symmetricEigenvalues(double[] a, int n) {
        checkShape(a, n, n);
        if (n == 0) {
            return new double[0];
        }
        // symmetric: its column-major reading is the same matrix
        double[] work = a.clone();
        double[] values = new double[n];
        check("syev", lapackOnOneThread("LAPACKE_dsyev", () -> lapack.dsyev(n, work, values)));
        return values;
    }

    /**
     * Mean squared residuals of many linear predictors at once: for each row c of the rows x d matrix
     * {@code coefficients}, mean over i of (x_i . c - y_i)^2, where {@code x} is n x d row-major.
     * One matrix product (rows x d times d x n) carries the work, so a whole block of a loss landscape
     * costs a handful of native calls.
     */
    public static synchronized double[] meanSquaredResiduals(double[] coefficients, int rows, double[] x, double[] y,
                                                             int d) {
        int n = y.length;
        checkShape(coefficients, rows, d);
        checkShape(x, n, d);
        if (rows == 0) {
            return new double[0];
        }
        if (n == 0) {
            double[] nan = new double[rows];
            Arrays.fill(nan, Double.NaN);
            return nan;
        }
        try {
            return meanSquaredResidualsByNd4j(coefficients, rows, x, y, d);
        } catch (LinkageError missing) {
            throw new MissingNativeRoutine(ND4J, missing);
        }
    }

    private static double[] meanSquaredResidualsByNd4j(double[] coefficients, int rows, double[] x, double[] y,
                                                       int d) {
        int n = y.length;
        warmUp();
        INDArray c = Nd4j.create(coefficients, new long[] {rows, d}, 'c');
        INDArray xt = Nd4j.create(x, new long[] {n, d}, 'c').transpose();
        INDArray residuals = c.mmul(xt);
        INDArray labels = Nd4j.create(y, new long[] {1, n}, 'c');
        residuals.subiRowVector(labels);
        residuals.muli(residuals);
        INDArray sums = residuals.sum(1);
        double[] out = sums.toDoubleVector();
        // ND4J passes bare addresses to native code: keep every operand reachable until here, or a
        // garbage collection during a call could free its memory (see the class comment)
        Reference.reachabilityFence(c);
        Reference.reachabilityFence(xt);
        Reference.reachabilityFence(residuals);
        Reference.reachabilityFence(labels);
        for (int r = 0; r < rows; r++) {
            out[r] /= n;
        }
        return out;
    }

    /**
     * Loads ND4J if need be and runs the LAPACK {@code routine} of the OpenBLAS that ND4J ships with one
     * OpenBLAS thread, whatever {@value #THREADS_PROPERTY} says: the thread count changes the last bits
     * of the results. A library or routine missing on this platform becomes a {@link MissingNativeRoutine}.
     */
    private static int lapackOnOneThread(String routine, IntSupplier call) {
        try {
            warmUp();
        } catch (LinkageError missing) {
            throw new MissingNativeRoutine(ND4J, missing);
        }
        try {
            // the count last set through JavaCPP (a field read); it is 1 unless THREADS_PROPERTY asks for more
            int threads = openblas.blas_get_num_threads();
            if (threads == 1) {
                return call.getAsInt();
            }
            // JavaCPP's setter looks OpenBLAS's up on every call, with dlsym inside dl_iterate_phdr, which
            // deadlocks against a library loading on another thread: only with more threads asked for
            openblas.blas_set_num_threads(1);
            try {
                return call.getAsInt();
            } finally {
                openblas.blas_set_num_threads(threads);
            }
        } catch (LinkageError missing) {
            throw new MissingNativeRoutine(routine, missing);
        }
    }

    private static void check(String routine, int info) {
        if (info != 0) {
            throw new ArithmeticException("LAPACK " + routine + " failed (info " + info + ")");
        }
    }

    private static void checkShape(double[] a, int rows, int cols) {
        if (rows < 0 || cols < 0 || a.length != (long) rows * cols) {
            throw new IllegalArgumentException("matrix of " + a.length + " values is not " + rows + " x " + cols);
        }
        // LAPACK's behaviour on NaN or infinity is undefined (it may loop or return garbage): refuse it
        for (double v : a) {
            if (!Double.isFinite(v)) {
                throw new ArithmeticException("matrix has a non-finite entry (" + v + ")");
            }
        }
    }
}
