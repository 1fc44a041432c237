package org.sgdvalley.engine.run;

/**
 * What the UI shows of a run, published by the trainer after each time slice.
 *
 * @param trainLoss  the last full training loss computed
 * @param divergence why the run stopped, or null
 * @param params     a copy of the parameters at {@code iteration}, for drawing the model
 */
public record RunStatus(String label, long iteration, long totalSteps, double stepSize, double trainLoss,
                        boolean finished, Divergence divergence, double[] params) {
}
