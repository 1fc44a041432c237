package org.sgdvalley.engine.landscape;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.metric.Linalg;
import org.sgdvalley.engine.model.DiagonalNetwork;
import org.sgdvalley.engine.model.Model;

/**
 * Evaluates the training loss over a grid of a {@link LandscapePlane}, block by block, reporting
 * progress and stopping early when cancelled.
 *
 * <p>Two ways, chosen by measurement ({@code bench} prints both): {@link Method#BATCHED} hands a whole
 * block of grid points of a diagonal network to ND4J as one matrix product (the predictors beta = u*v of
 * the block, times X'); {@link Method#LOOP} calls {@link Model#loss} point by point in plain Java and
 * works for every model.
 */
public final class GridEvaluator {
    /** How the losses are computed. */
    public enum Method { BATCHED, LOOP }

    /** Thrown when a computation is cancelled. */
    public static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    /** The paper's clip of the loss before taking logs. */
    public static final double DEFAULT_CLIP = 100;
    private static final int BLOCK_ROWS = 20;

    private GridEvaluator() {
    }

    /**
     * Below this many multiply-adds per grid point (n d) the plain loop was faster than ND4J on the
     * development machine, per 100 x 100 grid: E3 (n d = 600) loop 2-3 ms, ND4J 8-9 ms; E1 (16,000)
     * loop 22-26 ms, ND4J 37-48 ms; n d = 100,000 even (136 against 134 ms); above it ND4J wins
     * (400,000: 349 against 491 ms; 10^6: 685 against 1,483 ms). See {@code bench}.
     */
    public static final int BATCHED_MIN_WORK = 100_000;

    /** The batched method for a diagonal network with enough work per point, the loop otherwise. */
    public static Method defaultMethod(Model model, Dataset data) {
        return model instanceof DiagonalNetwork && (long) data.n() * data.d() >= BATCHED_MIN_WORK
                ? Method.BATCHED : Method.LOOP;
    }

    /**
     * The loss on a columns x rows grid over [aMin, aMax] x [bMin, bMax].
     *
     * @param progress  receives the fraction done, from the computing thread
     * @param cancelled polled between blocks; when true, {@link Cancelled} is thrown
     */
    public static LandscapeGrid evaluate(Model model, Dataset data, LandscapePlane plane, double aMin, double aMax,
                                         double bMin, double bMax, int columns, int rows, Method method,
                                         DoubleConsumer progress, BooleanSupplier cancelled) {
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 x 2 nodes");
        }
        if (method == Method.BATCHED && !(model instanceof DiagonalNetwork)) {
            throw new IllegalArgumentException("batched evaluation is for the diagonal network");
        }
        LandscapeGrid grid = new LandscapeGrid(plane, aMin, aMax, bMin, bMax, columns, rows, DEFAULT_CLIP,
                new double[columns * rows]);
        for (int row = 0; row < rows; row += BLOCK_ROWS) {
            if (cancelled.getAsBoolean()) {
                throw new Cancelled();
            }
            int end = Math.min(rows, row + BLOCK_ROWS);
            if (method == Method.BATCHED) {
                batchedBlock(model.inputDimension(), data, grid, row, end);
            } else {
                loopBlock(model, data, grid, row, end);
            }
            progress.accept((double) end / rows);
        }
        return grid;
    }

    /** Rows [from, to) by one ND4J matrix product over every grid point of the block. */
    private static void batchedBlock(int d, Dataset data, LandscapeGrid grid, int from, int to) {
        int columns = grid.columns();
        int points = (to - from) * columns;
        double[] betas = new double[points * d];
        double[] w = new double[2 * d];
        for (int row = from; row < to; row++) {
            for (int col = 0; col < columns; col++) {
                grid.plane().point(grid.a(col), grid.b(row), w);
                int offset = ((row - from) * columns + col) * d;
                for (int j = 0; j < d; j++) {
                    betas[offset + j] = w[j] * w[d + j];
                }
            }
        }
        double[] mse = Linalg.meanSquaredResiduals(betas, points, data.xTrain(), data.yTrain(), d);
        for (int k = 0; k < points; k++) {
            grid.values()[from * columns + k] = clip(0.5 * mse[k], grid.clip());
        }
    }

    private static void loopBlock(Model model, Dataset data, LandscapeGrid grid, int from, int to) {
        double[] w = new double[model.parameterCount()];
        for (int row = from; row < to; row++) {
            for (int col = 0; col < grid.columns(); col++) {
                grid.plane().point(grid.a(col), grid.b(row), w);
                grid.values()[row * grid.columns() + col] =
                        clip(model.loss(w, data.xTrain(), data.yTrain()), grid.clip());
            }
        }
    }

    static double clip(double loss, double clip) {
        return Double.isFinite(loss) ? Math.min(loss, clip) : clip;
    }
}
