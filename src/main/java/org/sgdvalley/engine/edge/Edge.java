package org.sgdvalley.engine.edge;

/**
 * The estimated edge: the largest step size seen not to diverge ({@code lower}) and the smallest seen
 * to diverge ({@code upper}). {@code estimate} is {@code lower}; when no divergence was found up to the
 * search limit, {@code upper} is infinite, and when even the smallest step size tried diverged,
 * {@code lower} is 0 and the estimate NaN.
 *
 * @param probes number of short runs made
 */
public record Edge(double estimate, double lower, double upper, int probes) {

    /** Whether the edge lies between two probed step sizes. */
    public boolean bracketed() {
        return lower > 0 && Double.isFinite(upper);
    }

    /** The current step size as a multiple of the edge (NaN if the edge is unknown). */
    public double ratio(double stepSize) {
        return bracketed() ? stepSize / estimate : Double.NaN;
    }
}
