package org.sgdvalley.engine.model;

import java.io.Serializable;
import java.util.List;

/** A model as written in a preset. */
public sealed interface ModelSpec extends Serializable {

    /** Builds the model for inputs of dimension {@code d}. */
    Model build(int d);

    /** The diagonal linear network with constant initialization u0, v0. */
    record Diagonal(double u0, double v0) implements ModelSpec {
        @Override
        public Model build(int d) {
            return new DiagonalNetwork(d, u0, v0);
        }
    }

    /** The quadratic toy h(x) = x theta^2 started at theta0. */
    record Toy(double theta0) implements ModelSpec {
        @Override
        public Model build(int d) {
            return new QuadraticToy(theta0);
        }
    }

    /**
     * A fully connected ReLU network with {@code hidden.size()} hidden layers and a linear output,
     * trained with the mean squared error without the 1/2.
     *
     * @param hidden      widths of the hidden layers
     * @param bias        whether hidden layers have biases
     * @param outputBias  whether the output layer has a bias
     * @param firstLayer  initialization of the first layer's weights
     * @param deeperLayers initialization of the weights of hidden layers 2..L
     * @param biases      initialization of the hidden biases
     * @param output      initialization of the output weights (and output bias)
     */
    record Relu(List<Integer> hidden, boolean bias, boolean outputBias, Init firstLayer, Init deeperLayers,
                Init biases, Init output) implements ModelSpec {
        public Relu {
            hidden = List.copyOf(hidden);
        }

        @Override
        public Model build(int d) {
            return new ReluNetwork(d, hidden, bias, outputBias, firstLayer, deeperLayers, biases, output);
        }
    }

    /** How a group of parameters is initialized: {@code scale} times a draw of {@code distribution}. */
    record Init(Distribution distribution, double scale) implements Serializable {
        /** Distributions: N(0,1), a random sign, or the constant 1 (so scale 0 gives zeros). */
        public enum Distribution { NORMAL, SIGN, CONSTANT }
    }
}
