package org.sgdvalley.preset;

/** Size limits that keep every accepted preset within memory and a sane running time. */
final class Limits {
    /** Most doubles any one array group of a preset may need (400 MB). */
    static final long MAX_DOUBLES = 50_000_000L;
    /** Largest sample count, input dimension or layer width. */
    static final long MAX_SIZE = 1_000_000L;
    /** Most steps of a run. */
    static final long MAX_ITERATIONS = 10_000_000_000L;
    /** Most evaluation points of a run. */
    static final long MAX_EVALUATIONS = 1_000_000L;
    /** Most runs in one preset. */
    static final int MAX_RUNS = 32;
    /** Most hidden layers of a ReLU network. */
    static final int MAX_LAYERS = 16;

    private Limits() {
    }

    /** Fails at {@code path} when {@code doubles} exceeds {@link #MAX_DOUBLES}. */
    static void requireDoubles(String path, String what, double doubles) {
        if (doubles > MAX_DOUBLES) {
            throw new PresetException(path, String.format("%s needs %.3g numbers in memory, at most %,d allowed", what, doubles,
                    MAX_DOUBLES));
        }
    }
}
