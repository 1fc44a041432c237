package org.sgdvalley.engine.model;

import java.util.Arrays;
import java.util.List;
import org.sgdvalley.engine.Rng;

/**
 * A fully connected ReLU network with a linear scalar output (E4-E6):
 * h_0 = x, h_l = ReLU(W_l h_{l-1} + b_l) for l = 1..L, and h(x) = &lt;a, h_L&gt; + c,
 * trained with the mean squared error without the 1/2 ({@link #lossScale()} = 1).
 * The derivative of ReLU at 0 is taken to be 0.
 *
 * <p>Parameter layout, layer after layer: {@code [W_1, b_1, W_2, b_2, ..., W_L, b_L, a, c]} where
 * W_l is width_l x width_{l-1} row-major (row j = the incoming weights of neuron j, width_0 = d),
 * b_l is present only with hidden biases, and c only with an output bias. The offsets are exposed by
 * {@link #weightOffset}, {@link #biasOffset}, {@link #outputOffset} and {@link #outputBiasOffset}.
 *
 * <p>Holds scratch buffers for activations and back-propagated errors, so one instance serves one
 * thread at a time; {@link #lossAndGradient} does not allocate.
 */
public final class ReluNetwork implements FeatureModel {
    private final int d;
    private final int[] widths;
    private final boolean bias;
    private final boolean outputBias;
    private final ModelSpec.Init firstLayerInit;
    private final ModelSpec.Init deeperInit;
    private final ModelSpec.Init biasInit;
    private final ModelSpec.Init outputInit;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final int outputOffset;
    private final int parameterCount;
    /** Post-ReLU activations h_1..h_L (index 0 unused: h_0 is the input row). */
    private final double[][] activations;
    /** Errors dLoss/dz_l of the hidden layers. */
    private final double[][] deltas;

    /**
     * A network on inputs of dimension {@code d} with the given hidden widths.
     *
     * @param bias         whether hidden layers have biases b_l
     * @param outputBias   whether the output has a bias c
     * @param firstLayer   initialization of W_1
     * @param deeperLayers initialization of W_2..W_L
     * @param biases       initialization of b_1..b_L
     * @param output       initialization of a and c
     */
    public ReluNetwork(int d, List<Integer> hidden, boolean bias, boolean outputBias, ModelSpec.Init firstLayer,
                       ModelSpec.Init deeperLayers, ModelSpec.Init biases, ModelSpec.Init output) {
        if (d <= 0 || hidden.isEmpty() || hidden.stream().anyMatch(w -> w == null || w <= 0)) {
            throw new IllegalArgumentException("need d > 0 and at least one hidden layer of positive width, got d="
                    + d + ", hidden=" + hidden);
        }
        this.d = d;
        this.widths = hidden.stream().mapToInt(Integer::intValue).toArray();
        this.bias = bias;
        this.outputBias = outputBias;
        this.firstLayerInit = firstLayer;
        this.deeperInit = deeperLayers;
        this.biasInit = biases;
        this.outputInit = output;
        int layers = widths.length;
        weightOffsets = new int[layers];
        biasOffsets = new int[layers];
        activations = new double[layers + 1][];
        deltas = new double[layers + 1][];
        int offset = 0;
        int in = d;
        for (int l = 0; l < layers; l++) {
            weightOffsets[l] = offset;
            offset = Math.addExact(offset, Math.multiplyExact(widths[l], in));
            biasOffsets[l] = bias ? offset : -1;
            offset += bias ? widths[l] : 0;
            activations[l + 1] = new double[widths[l]];
            deltas[l + 1] = new double[widths[l]];
            in = widths[l];
        }
        outputOffset = offset;
        parameterCount = offset + in + (outputBias ? 1 : 0);
    }

    @Override
    public int parameterCount() {
        return parameterCount;
    }

    @Override
    public int inputDimension() {
        return d;
    }

    @Override
    public double lossScale() {
        return 1.0;
    }

    @Override
    public int hiddenLayers() {
        return widths.length;
    }

    @Override
    public int width(int layer) {
        return widths[layer - 1];
    }

    /** Whether hidden layers have biases. */
    public boolean hasBias() {
        return bias;
    }

    /** Whether the output has a bias. */
    public boolean hasOutputBias() {
        return outputBias;
    }

    /** Offset of W_layer (1-based layer) in the parameter vector. */
    public int weightOffset(int layer) {
        return weightOffsets[layer - 1];
    }

    /** Offset of b_layer (1-based layer), or -1 without hidden biases. */
    public int biasOffset(int layer) {
        return biasOffsets[layer - 1];
    }

    /** Offset of the output weights a. */
    public int outputOffset() {
        return outputOffset;
    }

    /** Offset of the output bias c, or -1 without it. */
    public int outputBiasOffset() {
        return outputBias ? parameterCount - 1 : -1;
    }

    private int inputWidth(int l) {
        return l == 0 ? d : widths[l - 1];
    }

    @Override
    public void initialize(double[] params, Rng rng) {
        for (int l = 0; l < widths.length; l++) {
            fill(params, weightOffsets[l], widths[l] * inputWidth(l), l == 0 ? firstLayerInit : deeperInit, rng);
            if (bias) {
                fill(params, biasOffsets[l], widths[l], biasInit, rng);
            }
        }
        fill(params, outputOffset, parameterCount - outputOffset, outputInit, rng);
    }

    private static void fill(double[] params, int from, int count, ModelSpec.Init init, Rng rng) {
        for (int i = from; i < from + count; i++) {
            double draw = switch (init.distribution()) {
                case NORMAL -> rng.nextGaussian();
                case SIGN -> rng.nextSign();
                case CONSTANT -> 1.0;
            };
            params[i] = init.scale() * draw;
        }
    }

    /** Forward pass for the input row at {@code offset}; fills the activations, returns h(x). */
    private double forward(double[] params, double[] x, int offset) {
        double[] in = x;
        int inOffset = offset;
        int inWidth = d;
        for (int l = 0; l < widths.length; l++) {
            double[] out = activations[l + 1];
            int w = weightOffsets[l];
            for (int j = 0; j < widths[l]; j++) {
                double z = bias ? params[biasOffsets[l] + j] : 0.0;
                int row = w + j * inWidth;
                for (int k = 0; k < inWidth; k++) {
                    z += params[row + k] * in[inOffset + k];
                }
                out[j] = z > 0 ? z : 0.0;
            }
            in = out;
            inOffset = 0;
            inWidth = widths[l];
        }
        double h = outputBias ? params[parameterCount - 1] : 0.0;
        for (int j = 0; j < inWidth; j++) {
            h += params[outputOffset + j] * in[j];
        }
        return h;
    }

    /**
     * Back-propagates dLoss/dh = {@code scale} from the activations of the last forward pass and
     * adds the gradient into {@code grad}.
     */
    private void backward(double[] params, double[] x, int offset, double scale, double[] grad) {
        int last = widths.length;
        double[] top = activations[last];
        double[] delta = deltas[last];
        for (int j = 0; j < top.length; j++) {
            grad[outputOffset + j] += scale * top[j];
            delta[j] = top[j] > 0 ? scale * params[outputOffset + j] : 0.0;
        }
        if (outputBias) {
            grad[parameterCount - 1] += scale;
        }
        for (int l = last - 1; l >= 0; l--) {
            double[] dl = deltas[l + 1];
            double[] in = l == 0 ? x : activations[l];
            int inOffset = l == 0 ? offset : 0;
            int inWidth = inputWidth(l);
            int w = weightOffsets[l];
            for (int j = 0; j < widths[l]; j++) {
                double dj = dl[j];
                if (dj == 0.0) {
                    continue;
                }
                int row = w + j * inWidth;
                for (int k = 0; k < inWidth; k++) {
                    grad[row + k] += dj * in[inOffset + k];
                }
                if (bias) {
                    grad[biasOffsets[l] + j] += dj;
                }
            }
            if (l > 0) {
                double[] below = deltas[l];
                double[] hBelow = activations[l];
                for (int k = 0; k < inWidth; k++) {
                    if (hBelow[k] > 0) {
                        double s = 0;
                        for (int j = 0; j < widths[l]; j++) {
                            s += params[w + j * inWidth + k] * dl[j];
                        }
                        below[k] = s;
                    } else {
                        below[k] = 0.0;
                    }
                }
            }
        }
    }

    @Override
    public double predict(double[] params, double[] x, int offset) {
        return forward(params, x, offset);
    }

    @Override
    public void predictionGradient(double[] params, double[] x, int offset, double[] out) {
        Arrays.fill(out, 0, parameterCount, 0.0);
        forward(params, x, offset);
        backward(params, x, offset, 1.0, out);
    }

    @Override
    public double lossAndGradient(double[] params, double[] x, int[] batch, double[] labels, int size,
                                  double[] grad) {
        Arrays.fill(grad, 0, parameterCount, 0.0);
        double loss = 0;
        double inv = 1.0 / size;
        for (int b = 0; b < size; b++) {
            int offset = batch[b] * d;
            double r = forward(params, x, offset) - labels[b];
            loss += r * r;
            backward(params, x, offset, 2.0 * r * inv, grad);
        }
        return loss * inv;
    }

    @Override
    public double[] features(double[] params, double[] x, int rows, int layer) {
        int width = width(layer);
        double[] out = new double[Math.multiplyExact(rows, width)];
        for (int i = 0; i < rows; i++) {
            forward(params, x, i * d);
            System.arraycopy(activations[layer], 0, out, i * width, width);
        }
        return out;
    }
}
