package org.sgdvalley.engine.data;

/** A dataset as written in a preset; every kind is drawn from its seed. */
public sealed interface DataSpec {

    /** Draws the dataset. */
    Dataset generate();

    /** Number of training samples. */
    int n();

    /** Input dimension. */
    int d();

    /** Sparse regression of E1-E3. */
    record Sparse(int n, int nTest, int d, int k, long seed) implements DataSpec {
        @Override
        public Dataset generate() {
            return SparseRegression.generate(n, nTest, d, k, seed);
        }
    }

    /**
     * The toy's data (C1): x uniform in [xMin, xMax], y = x thetaStar^2.
     */
    record Toy(int n, double xMin, double xMax, double thetaStar, long seed) implements DataSpec {
        @Override
        public Dataset generate() {
            return ToyData.generate(n, xMin, xMax, thetaStar, seed);
        }

        @Override
        public int d() {
            return 1;
        }
    }
}
