package org.sgdvalley.engine.run;

/**
 * Why and where a run stopped: the loss at {@code iteration} was {@code loss} (NaN, infinite or above
 * the cap) with step size {@code stepSize}.
 */
public record Divergence(long iteration, double loss, double stepSize) {

    /** A one-line explanation for a status bar or a log. */
    public String explain() {
        String what = Double.isNaN(loss) ? "the loss became NaN"
                : Double.isInfinite(loss) ? "the loss overflowed to infinity"
                : String.format("the loss exploded to %.3g", loss);
        return String.format("Diverged at step %,d: %s with step size %.4g, beyond the edge of stability. "
                + "Lower the step size and rewind to the last checkpoint.", iteration, what, stepSize);
    }
}
