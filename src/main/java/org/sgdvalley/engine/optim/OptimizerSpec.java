package org.sgdvalley.engine.optim;

import java.io.Serializable;

/**
 * Plain SGD (no momentum, no weight decay) or full-batch gradient descent.
 *
 * @param fullBatch       true for GD, where every step uses all n samples
 * @param batchSize       samples per SGD step
 * @param withReplacement draw each batch independently (the paper) or walk shuffled epochs
 * @param labelNoise      standard deviation of Gaussian noise added to each sampled label (0: none)
 * @param seed            seed of the minibatch and label-noise streams
 */
public record OptimizerSpec(boolean fullBatch, int batchSize, boolean withReplacement, double labelNoise, long seed)
        implements Serializable {

    /** The paper's SGD: batch size 1, indices drawn uniformly with replacement. */
    public static OptimizerSpec sgd(int batchSize, long seed) {
        return new OptimizerSpec(false, batchSize, true, 0.0, seed);
    }

    /** Full-batch gradient descent. */
    public static OptimizerSpec gd() {
        return new OptimizerSpec(true, 1, true, 0.0, 0);
    }

    /** The same optimizer with another seed. */
    public OptimizerSpec withSeed(long newSeed) {
        return new OptimizerSpec(fullBatch, batchSize, withReplacement, labelNoise, newSeed);
    }
}
