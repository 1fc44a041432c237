package org.sgdvalley.engine.data;

/**
 * The target that generated the labels: a sparse vector beta* for the diagonal network, teacher
 * neurons for teacher-student data, theta* for the toy, nothing for fixed points.
 */
public sealed interface GroundTruth {

    /** No known generator (for example the fixed 1D points of E4). */
    record None() implements GroundTruth { }

    /** Labels y = X beta*. */
    record SparseVector(double[] betaStar) implements GroundTruth { }

    /**
     * A ReLU teacher. {@code firstLayer} is k x d row-major (the teacher's neurons), {@code outputWeights}
     * the k second-layer weights of a two-layer teacher (empty for deeper teachers).
     */
    record Teacher(int d, double[] firstLayer, double[] outputWeights) implements GroundTruth {
        public int neurons() {
            return firstLayer.length / d;
        }
    }

    /** The toy's minimizer theta*. */
    record Scalar(double thetaStar) implements GroundTruth { }
}
