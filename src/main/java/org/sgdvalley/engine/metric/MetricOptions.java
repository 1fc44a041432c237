package org.sgdvalley.engine.metric;

import java.io.Serializable;

/**
 * Settings of metric definitions that differ between experiments.
 *
 * @param correlationThreshold tau of feature sparsity: 0.99 by default, 0.999 for E4
 * @param rankThreshold        relative singular-value threshold of rank(phi): 1e-15 for diagonal
 *                             networks, 1e-4 for ReLU networks
 * @param valleyStepSize       step size of the full-batch GD that projects onto the valley floor
 * @param valleySteps          number of those steps (2000 in the paper)
 */
public record MetricOptions(double correlationThreshold, double rankThreshold, double valleyStepSize, int valleySteps)
        implements Serializable {

    /** The paper's defaults for a diagonal network. */
    public static MetricOptions diagonalDefaults() {
        return new MetricOptions(0.99, 1e-15, 0.5, 2000);
    }

    /** The paper's defaults for ReLU networks. */
    public static MetricOptions reluDefaults() {
        return new MetricOptions(0.99, 1e-4, 0.05, 2000);
    }
}
