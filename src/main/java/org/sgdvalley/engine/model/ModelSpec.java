package org.sgdvalley.engine.model;

/** A model as written in a preset. */
public sealed interface ModelSpec {

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
}
