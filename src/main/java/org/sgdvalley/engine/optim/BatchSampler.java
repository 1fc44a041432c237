package org.sgdvalley.engine.optim;

import org.sgdvalley.engine.Rng;

/**
 * Chooses the training rows of each step: uniformly with replacement (the paper's SGD), by walking
 * shuffled epochs, or all rows (GD). Its whole state is {@link #state()}, so runs resume exactly.
 */
public final class BatchSampler {
    private final int n;
    private final int batchSize;
    private final boolean fullBatch;
    private final boolean withReplacement;
    private final int[] permutation;
    private Rng rng;
    private int position;

    /** A sampler over n rows for the given optimizer. */
    public BatchSampler(int n, OptimizerSpec spec) {
        this.n = n;
        this.fullBatch = spec.fullBatch();
        this.batchSize = fullBatch ? n : spec.batchSize();
        this.withReplacement = spec.withReplacement();
        this.rng = new Rng(spec.seed());
        this.permutation = new int[n];
        for (int i = 0; i < n; i++) {
            permutation[i] = i;
        }
        this.position = n;
    }

    /** Rows per step. */
    public int batchSize() {
        return batchSize;
    }

    /** Writes the next batch's row indices into {@code out} and returns how many there are. */
    public int next(int[] out) {
        if (fullBatch) {
            for (int i = 0; i < n; i++) {
                out[i] = i;
            }
        } else if (withReplacement) {
            for (int b = 0; b < batchSize; b++) {
                out[b] = rng.nextInt(n);
            }
        } else {
            for (int b = 0; b < batchSize; b++) {
                if (position == n) {
                    shuffle();
                }
                out[b] = permutation[position++];
            }
        }
        return batchSize;
    }

    private void shuffle() {
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = permutation[i];
            permutation[i] = permutation[j];
            permutation[j] = tmp;
        }
        position = 0;
    }

    /** A copy of the sampler's state. */
    public State state() {
        return new State(rng.state(), permutation.clone(), position);
    }

    /** Restores a state taken with {@link #state()}. */
    public void restore(State state) {
        rng = new Rng(state.rngState());
        System.arraycopy(state.permutation(), 0, permutation, 0, n);
        position = state.position();
    }

    /** The sampler's state: random generator, current epoch order and position in it. */
    public record State(long rngState, int[] permutation, int position) { }
}
