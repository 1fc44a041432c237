package org.sgdvalley.engine.run;

/** A live step-size change: from {@code iteration} on, the step size was set to {@code stepSize}. */
public record StepSizeChange(long iteration, double stepSize) {
}
