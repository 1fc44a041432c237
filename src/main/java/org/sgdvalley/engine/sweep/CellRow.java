package org.sgdvalley.engine.sweep;

import java.util.Arrays;

/**
 * What a finished cell keeps: its place, its parameters and seeds, and how the run ended. Nothing of
 * the trajectory is kept beyond the loss summary ({@code stabilizedLoss}, {@code stabilizationStep}).
 *
 * @param x                 the value of the x parameter
 * @param y                 the value of the y parameter
 * @param sgdSeed           the run's minibatch seed
 * @param dataSeed          the data seed, or -1 for data without one
 * @param steps             steps taken
 * @param divergedAt        the iteration where the run diverged, or -1
 * @param finals            the preset's metric columns at the end (NaN after a divergence)
 * @param stabilizedLoss    the median training loss inside the stabilization phase of the large-step
 *                          part of training, or NaN when the loss did not stabilize there
 * @param stabilizationStep the iteration where that phase starts, or NaN
 */
public record CellRow(int xIndex, int yIndex, int seed, double x, double y, long sgdSeed, long dataSeed, long steps,
                      long divergedAt, double[] finals, double stabilizedLoss, double stabilizationStep) {

    /** Whether the run diverged. */
    public boolean diverged() {
        return divergedAt >= 0;
    }

    /** Whether this row and {@code other} are equal bit for bit, every value included. */
    public boolean sameAs(CellRow other) {
        return xIndex == other.xIndex && yIndex == other.yIndex && seed == other.seed
                && Double.compare(x, other.x) == 0 && Double.compare(y, other.y) == 0 && sgdSeed == other.sgdSeed
                && dataSeed == other.dataSeed && steps == other.steps && divergedAt == other.divergedAt
                && Arrays.equals(finals, other.finals)
                && Double.compare(stabilizedLoss, other.stabilizedLoss) == 0
                && Double.compare(stabilizationStep, other.stabilizationStep) == 0;
    }
}
