package org.sgdvalley.engine.model;

import org.sgdvalley.engine.Rng;

/**
 * A model trained with the square loss {@code lossScale() * (h(x) - y)^2}: 1/2 for the diagonal
 * network, 1 for the ReLU networks, 1/4 for the toy (the paper's conventions).
 *
 * <p>Models hold no parameters: the parameters are a flat {@code double[]} owned by the caller, so the
 * same model evaluates a run's iterate, a copy projected onto the valley floor, or a landscape point.
 * Implementations do not allocate in {@link #lossAndGradient}, {@link #sgdStep} or {@link #sgdSteps}; they may keep
 * scratch buffers, so one instance is used by one thread at a time (build one per run or per task).
 */
public interface Model {

    /** Number of parameters, the length of every parameter vector of this model. */
    int parameterCount();

    /** Input dimension d. */
    int inputDimension();

    /** The constant c of the loss c (h(x) - y)^2. */
    double lossScale();

    /** Writes an initialization drawn from {@code rng} into {@code params}. */
    void initialize(double[] params, Rng rng);

    /** The prediction h(x) for the input row starting at {@code offset} of {@code x}. */
    double predict(double[] params, double[] x, int offset);

    /**
     * Writes the gradient of h(x) with respect to all parameters (a row of the Jacobian phi) into
     * {@code out}, for the input row at {@code offset}.
     */
    void predictionGradient(double[] params, double[] x, int offset, double[] out);

    /**
     * Mean loss over a batch and its gradient.
     *
     * @param x        row-major inputs (the training set)
     * @param batch    indices of the rows in the batch; only the first {@code size} are used
     * @param labels   the label for each batch entry (label noise may have been added)
     * @param grad     receives the gradient of the mean batch loss
     * @return the mean loss over the batch, before the step
     */
    double lossAndGradient(double[] params, double[] x, int[] batch, double[] labels, int size, double[] grad);

    /**
     * One SGD step in place, {@code params -= stepSize * grad}, returning the batch loss before the
     * step. Models override it with a fused loop where that is faster; {@code grad} is scratch.
     */
    default double sgdStep(double[] params, double[] x, int[] batch, double[] labels, int size,
                           double stepSize, double[] grad) {
        double loss = lossAndGradient(params, x, batch, labels, size, grad);
        for (int j = 0; j < params.length; j++) {
            params[j] -= stepSize * grad[j];
        }
        return loss;
    }

    /**
     * The steps of a chunk in order, each exactly as {@link #sgdStep} would take it, stopping after the
     * first step whose batch loss is not {@code <= chunk.lossCap()}. Writes each step's loss into
     * {@code chunk.losses()} and returns the number of steps taken. Models override it where running
     * many steps in one call is faster; the parameters must end bit for bit as with single steps.
     */
    default int sgdSteps(double[] params, double[] x, StepChunk chunk, double[] grad) {
        int size = chunk.batchSize();
        int[] batch = chunk.batch();
        double[] labels = chunk.batchLabels();
        int[] rows = chunk.rows();
        double[] rowLabels = chunk.labels();
        double[] stepSizes = chunk.stepSizes();
        double[] losses = chunk.losses();
        double cap = chunk.lossCap();
        int count = chunk.count();
        for (int k = 0; k < count; k++) {
            if (size == 1) {
                batch[0] = rows[k];
                labels[0] = rowLabels[k];
            } else {
                System.arraycopy(rows, k * size, batch, 0, size);
                System.arraycopy(rowLabels, k * size, labels, 0, size);
            }
            double loss = sgdStep(params, x, batch, labels, size, stepSizes[k], grad);
            losses[k] = loss;
            if (!(loss <= cap)) {
                return k + 1;
            }
        }
        return count;
    }

    /** Mean loss over all rows of {@code x} (row-major, {@code y.length} rows). */
    default double loss(double[] params, double[] x, double[] y) {
        if (y.length == 0) {
            return Double.NaN;
        }
        int d = inputDimension();
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double r = predict(params, x, i * d) - y[i];
            sum += r * r;
        }
        return lossScale() * sum / y.length;
    }
}
