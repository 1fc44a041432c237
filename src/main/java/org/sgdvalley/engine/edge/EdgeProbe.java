package org.sgdvalley.engine.edge;

/** One short experiment at a step size: does it diverge? */
@FunctionalInterface
public interface EdgeProbe {

    /** True if training with this step size diverges. */
    boolean diverges(double stepSize);
}
