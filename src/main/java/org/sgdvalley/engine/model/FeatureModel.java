package org.sgdvalley.engine.model;

/**
 * A model with hidden ReLU layers whose post-activation features can be read out, for feature
 * sparsity and neuron plots. Layers are numbered from 1 (the layer next to the input) to
 * {@link #hiddenLayers()}.
 */
public interface FeatureModel extends Model {

    /** Number of hidden layers L. */
    int hiddenLayers();

    /** Width (number of neurons) of hidden layer {@code layer}, 1-based. */
    int width(int layer);

    /**
     * Post-ReLU features of hidden layer {@code layer} (1-based) for the first {@code rows} rows of
     * the row-major input matrix {@code x}: a new rows x width(layer) row-major array.
     */
    double[] features(double[] params, double[] x, int rows, int layer);
}
