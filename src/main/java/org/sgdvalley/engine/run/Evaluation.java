package org.sgdvalley.engine.run;

/** Metrics of one run at one iteration, in the column order of the experiment's metric set. */
public record Evaluation(long iteration, double stepSize, double[] values) {
}
