package org.sgdvalley.bench;

import java.io.PrintWriter;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.sgdvalley.engine.Rng;
import org.sgdvalley.engine.metric.Linalg;

/**
 * The measurement behind where ND4J is used: a tiny per-step kernel costs far more as an ND4J call
 * than as a Java loop, while one SVD of a Jacobian carries enough work to be worth the call.
 */
final class LinalgBench {
    private final PrintWriter out;

    LinalgBench(PrintWriter out) {
        this.out = out;
    }

    void run() {
        Linalg.warmUp();
        double[] a = new double[200];
        double[] b = new double[200];
        INDArray na = Nd4j.create(a);
        INDArray nb = Nd4j.create(b);
        double loop = microsPerCall(() -> {
            for (int j = 0; j < a.length; j++) {
                a[j] += 1e-9 * b[j];
            }
        });
        double nd4j = microsPerCall(() -> na.addi(nb.mul(1e-9)));
        out.printf("ND4J vs Java loop, the per-step update of 200 doubles: ND4J %.2f us per call, Java loop %.3f us "
                + "(%.0fx): small kernels stay plain Java%n", nd4j, loop, nd4j / loop);
        Rng rng = new Rng(1);
        double[] jacobian = new double[400 * 400];
        for (int i = 0; i < jacobian.length; i++) {
            jacobian[i] = rng.nextGaussian();
        }
        double svd = microsPerCall(() -> Linalg.singularValues(jacobian, 400, 400)) / 1000;
        out.printf("LAPACK SVD (of the OpenBLAS ND4J ships) of a 400 x 400 Jacobian (rank of E1): %.1f ms per call "
                + "(about %.2g flops)%n", svd,
                4.0 * 400 * 400 * 400);
        out.flush();
    }

    private static double microsPerCall(Runnable r) {
        for (int i = 0; i < 20; i++) {
            r.run();
        }
        int calls = 0;
        long start = System.nanoTime();
        long end = start + 300_000_000L;
        while (System.nanoTime() < end) {
            r.run();
            calls++;
        }
        return (System.nanoTime() - start) / 1e3 / calls;
    }
}
