package org.sgdvalley.preset;

import java.util.List;
import org.sgdvalley.engine.data.DataSpec;

/** Reads the {@code data} section: {@code type: sparse-regression | toy | points-1d | teacher}. */
final class DataReader {
    static final List<String> TYPES = List.of("sparse-regression", "toy", "points-1d", "teacher");

    private DataReader() {
    }

    /** The data spec of the {@code data} field, with its memory checked. */
    static DataSpec read(Field data) {
        if (!data.has("type")) {
            data.mapping(List.of("type"));
        }
        String type = data.get("type", "one of " + String.join(", ", TYPES)).choice(TYPES);
        return switch (type) {
            case "sparse-regression" -> sparse(data);
            case "toy" -> toy(data);
            case "points-1d" -> points(data);
            default -> teacher(data);
        };
    }

    private static DataSpec sparse(Field data) {
        data.mapping(List.of("type", "n", "n_test", "d", "k", "seed"));
        int n = size(data, "n", 1);
        int nTest = size(data, "n_test", 0);
        int d = size(data, "d", 1);
        int k = (int) data.get("k", "an integer in [1, d]").integer(1, d, "d=" + d);
        long seed = data.get("seed", "an integer").seed();
        requireInputs(data, n, nTest, d);
        return new DataSpec.Sparse(n, nTest, d, k, seed);
    }

    private static DataSpec toy(Field data) {
        data.mapping(List.of("type", "n", "x_min", "x_max", "theta_star", "seed"));
        int n = size(data, "n", 1);
        double xMin = data.get("x_min", "a number").number();
        Field xMaxField = data.get("x_max", "a number > x_min");
        double xMax = xMaxField.number();
        if (!(xMax > xMin)) {
            throw xMaxField.error("must be > x_min=" + xMin + ", got " + xMaxField.describe());
        }
        double thetaStar = data.get("theta_star", "a number").number();
        return new DataSpec.Toy(n, xMin, xMax, thetaStar, data.get("seed", "an integer").seed());
    }

    private static DataSpec points(Field data) {
        data.mapping(List.of("type", "n_test"));
        return new DataSpec.Points1d(size(data, "n_test", 0));
    }

    private static DataSpec teacher(Field data) {
        data.mapping(List.of("type", "n", "n_test", "d", "hidden", "bias", "unit_neurons", "seed"));
        int n = size(data, "n", 1);
        int nTest = size(data, "n_test", 0);
        int d = size(data, "d", 1);
        List<Integer> hidden = ModelReader.hidden(data.get("hidden", "a list of teacher layer widths, e.g. [3]"));
        boolean bias = data.get("bias", "true or false").bool();
        boolean unit = data.get("unit_neurons", "true or false").bool();
        long seed = data.get("seed", "an integer").seed();
        requireInputs(data, n, nTest, d);
        return new DataSpec.Teacher(n, nTest, d, hidden, bias, unit, seed);
    }

    /** Test samples of {@code data} (0 for the toy's, which has no test set). */
    static int nTest(DataSpec data) {
        return data instanceof DataSpec.Sparse s ? s.nTest() : data instanceof DataSpec.Teacher t ? t.nTest()
                : data instanceof DataSpec.Points1d p ? p.nTest() : 0;
    }

    private static int size(Field data, String key, int min) {
        return (int) data.get(key, "an integer in [" + min + ", " + Limits.MAX_SIZE + "]").integer(min, Limits.MAX_SIZE);
    }

    private static void requireInputs(Field data, int n, int nTest, int d) {
        Limits.requireDoubles(data.path(), "(n + n_test) * d = " + ((long) n + nTest) + " * " + d + " inputs",
                ((double) n + nTest) * d);
    }
}
