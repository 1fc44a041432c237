package org.sgdvalley.engine.data;

import java.io.Serializable;
import java.util.List;

/** A dataset as written in a preset; every kind is drawn from its seed. */
public sealed interface DataSpec extends Serializable {

    /** Draws the dataset. */
    Dataset generate();

    /** Number of training samples. */
    int n();

    /** Input dimension. */
    int d();

    /** The seed of the draw, or -1 for data without one (the fixed points of E4). */
    long seed();

    /** The same data drawn from another seed; the fixed points of E4 have no seed and stay as they are. */
    DataSpec withSeed(long seed);

    /** The same kind of data drawn with its seed plus {@code by}; data without a seed stay as they are. */
    default DataSpec withSeedShift(long by) {
        return seed() < 0 ? this : withSeed(seed() + by);
    }

    /** Sparse regression of E1-E3. */
    record Sparse(int n, int nTest, int d, int k, long seed) implements DataSpec {
        @Override
        public Dataset generate() {
            return SparseRegression.generate(n, nTest, d, k, seed);
        }

        @Override
        public Sparse withSeed(long seed) {
            return new Sparse(n, nTest, d, k, seed);
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
        public Toy withSeed(long seed) {
            return new Toy(n, xMin, xMax, thetaStar, seed);
        }

        @Override
        public int d() {
            return 1;
        }
    }

    /**
     * The twelve 1D points of E4, with {@code nTest} test points uniform in their range, where the
     * authors evaluate rank(phi) (see {@link Points1dData}).
     */
    record Points1d(int nTest) implements DataSpec {
        @Override
        public Dataset generate() {
            return Points1dData.generate(nTest);
        }

        @Override
        public Points1d withSeed(long seed) {
            return this;
        }

        @Override
        public int n() {
            return 12;
        }

        @Override
        public long seed() {
            return -1;
        }

        @Override
        public int d() {
            return 1;
        }
    }

    /**
     * Teacher-student data (E5, E6): inputs x ~ N(0, I_d) normalized to unit length, labels from a
     * ReLU teacher with the given hidden widths. With {@code unitNeurons} (E5) the teacher's first-layer
     * neurons have unit norm and its output weights are random signs; otherwise all teacher weights are
     * N(0,1). With {@code bias} every layer, the output included, has a bias uniform in
     * +-1/sqrt(fan-in); see {@link TeacherData}.
     */
    record Teacher(int n, int nTest, int d, List<Integer> hidden, boolean bias, boolean unitNeurons,
                   long seed) implements DataSpec {
        public Teacher {
            hidden = List.copyOf(hidden);
        }

        @Override
        public Dataset generate() {
            return TeacherData.generate(n, nTest, d, hidden, bias, unitNeurons, seed);
        }

        @Override
        public Teacher withSeed(long seed) {
            return new Teacher(n, nTest, d, hidden, bias, unitNeurons, seed);
        }
    }
}
