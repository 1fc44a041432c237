package org.sgdvalley.engine.data;

import java.util.Objects;

/**
 * Training and test samples, inputs stored row-major in flat arrays so that the step loop reads
 * them without indirection. Sample {@code i} of the training set is
 * {@code xTrain[i*d .. i*d+d-1]} with label {@code yTrain[i]}.
 *
 * @param d          input dimension
 * @param xTrain     n x d training inputs, row-major
 * @param yTrain     n training labels
 * @param xTest      nTest x d test inputs, row-major (may be empty)
 * @param yTest      nTest test labels
 * @param truth      what generated the labels, for plots and landscapes
 */
public record Dataset(int d, double[] xTrain, double[] yTrain, double[] xTest, double[] yTest, GroundTruth truth) {

    public Dataset {
        Objects.requireNonNull(truth, "truth");
        if (d <= 0 || xTrain.length != (long) yTrain.length * d || xTest.length != (long) yTest.length * d) {
            throw new IllegalArgumentException("inconsistent dataset shapes");
        }
    }

    /** Number of training samples n. */
    public int n() {
        return yTrain.length;
    }

    /** Number of test samples. */
    public int nTest() {
        return yTest.length;
    }
}
