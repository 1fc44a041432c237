package org.sgdvalley.engine.data;

import java.util.List;
import org.sgdvalley.engine.Rng;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.model.ReluNetwork;

/**
 * Teacher-student data of E5 and E6: inputs x ~ N(0, I_d) scaled to unit l2 norm, labels
 * y = teacher(x) for a ReLU teacher with a linear output, as the authors build it.
 *
 * <p>The teacher is a network in the parameter layout of {@link ReluNetwork} (W_1, b_1, ..., a, c) whose
 * weights are N(0,1) (the authors' {@code init_gaussian}). With {@code bias} every layer, the output
 * included, has a bias uniform in +-1/sqrt(fan-in), PyTorch's default that {@code init_gaussian} leaves
 * in place (E6); without it there is no bias at all (E5). With {@code unitNeurons} (E5) the rows of W_1
 * are then scaled to unit norm and the output weights are random signs. The teacher is drawn first, then
 * the n training inputs, then the nTest test inputs, all from one {@link Rng} seeded with {@code seed}.
 */
public final class TeacherData {
    private TeacherData() {
    }

    /** Draws the teacher and the data; see the class comment. */
    public static Dataset generate(int n, int nTest, int d, List<Integer> hidden, boolean bias, boolean unitNeurons,
                                   long seed) {
        if (n < 0 || nTest < 0) {
            throw new IllegalArgumentException("n and nTest must be >= 0, got " + n + ", " + nTest);
        }
        Rng rng = new Rng(seed);
        Teacher t = teacher(d, hidden, bias, unitNeurons, rng);
        ReluNetwork teacher = t.network();
        double[] params = t.params();
        int k = teacher.width(1);
        double[] xTrain = unitGaussianRows(n, d, rng);
        double[] xTest = unitGaussianRows(nTest, d, rng);
        double[] firstLayer = new double[k * d];
        System.arraycopy(params, teacher.weightOffset(1), firstLayer, 0, firstLayer.length);
        double[] outputWeights = new double[0];
        if (teacher.hiddenLayers() == 1) {
            outputWeights = new double[k];
            System.arraycopy(params, teacher.outputOffset(), outputWeights, 0, k);
        }
        return new Dataset(d, xTrain, labels(teacher, params, xTrain, n), xTest, labels(teacher, params, xTest, nTest),
                new GroundTruth.Teacher(d, firstLayer, outputWeights));
    }

    /** A drawn teacher: the network and its parameters. */
    record Teacher(ReluNetwork network, double[] params) {
    }

    /** Draws the teacher's parameters from {@code rng}; see the class comment. */
    static Teacher teacher(int d, List<Integer> hidden, boolean bias, boolean unitNeurons, Rng rng) {
        ModelSpec.Init normal = new ModelSpec.Init(ModelSpec.Init.Distribution.NORMAL, 1.0);
        ModelSpec.Init output = unitNeurons ? new ModelSpec.Init(ModelSpec.Init.Distribution.SIGN, 1.0) : normal;
        ReluNetwork teacher = new ReluNetwork(d, hidden, bias, bias, normal, normal, normal, output);
        double[] params = new double[teacher.parameterCount()];
        teacher.initialize(params, rng);
        if (bias) { // PyTorch draws the biases at construction; init_gaussian then redraws only the weights
            for (int l = 1; l <= teacher.hiddenLayers(); l++) {
                uniformFanIn(params, teacher.biasOffset(l), teacher.width(l), l == 1 ? d : teacher.width(l - 1), rng);
            }
            uniformFanIn(params, teacher.outputBiasOffset(), 1, teacher.width(teacher.hiddenLayers()), rng);
        }
        if (unitNeurons) {
            normalizeRows(params, teacher.weightOffset(1), teacher.width(1), d);
        }
        return new Teacher(teacher, params);
    }

    /** PyTorch's default bias of a linear layer: uniform in +-1/sqrt(fanIn). */
    private static void uniformFanIn(double[] params, int from, int count, int fanIn, Rng rng) {
        double bound = 1.0 / Math.sqrt(fanIn);
        for (int i = from; i < from + count; i++) {
            params[i] = bound * (2 * rng.nextDouble() - 1);
        }
    }

    /** rows x d Gaussian rows, each scaled to unit l2 norm (a zero row, probability 0, stays zero). */
    static double[] unitGaussianRows(int rows, int d, Rng rng) {
        double[] x = SparseRegression.gaussianMatrix(rows, d, rng);
        normalizeRows(x, 0, rows, d);
        return x;
    }

    private static void normalizeRows(double[] m, int offset, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            int row = offset + i * cols;
            double norm2 = 0;
            for (int j = 0; j < cols; j++) {
                norm2 += m[row + j] * m[row + j];
            }
            if (norm2 > 0) {
                double inv = 1.0 / Math.sqrt(norm2);
                for (int j = 0; j < cols; j++) {
                    m[row + j] *= inv;
                }
            }
        }
    }

    private static double[] labels(ReluNetwork teacher, double[] params, double[] x, int rows) {
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = teacher.predict(params, x, i * teacher.inputDimension());
        }
        return y;
    }
}
