package org.sgdvalley.cli;

import java.io.PrintWriter;
import java.util.function.IntSupplier;
import java.util.function.LongConsumer;
import org.sgdvalley.preset.TimeEstimate;

/**
 * Sweep progress on stderr with an estimate of the time left, from the rate of this invocation (a
 * resumed sweep starts with the work already done): redrawn in place on a terminal each percent,
 * otherwise a line every tenth of the work. Called from worker threads.
 */
final class SweepProgress implements LongConsumer {
    private final PrintWriter err;
    private final long total;
    private final IntSupplier finishedCells;
    private final int cells;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long first = -1;
    private int shown = -1;

    /**
     * @param total         the sweep's planned iterations over all cells
     * @param finishedCells the cells whose rows are written, those of an interrupted run included
     * @param cells         the sweep's cells
     */
    SweepProgress(PrintWriter err, long total, IntSupplier finishedCells, int cells, boolean terminal) {
        this.err = err;
        this.total = Math.max(1, total);
        this.finishedCells = finishedCells;
        this.cells = cells;
        this.terminal = terminal;
    }

    @Override
    public synchronized void accept(long done) {
        if (first < 0) {
            first = done;
        }
        int percent = (int) Math.min(100, 100 * done / total);
        int step = terminal ? percent : percent / 10 * 10;
        if (step <= shown) {
            return;
        }
        shown = step;
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = (done - first) / Math.max(seconds, 1e-9);
        String eta = done > first && done < total ? String.format(", about %s left", TimeEstimate.duration((total - done) / rate))
                : "";
        String line = String.format("sweep: %3d%% (%,d of %,d cells), %s elapsed%s", percent,
                finishedCells.getAsInt(), cells, TimeEstimate.duration(seconds), eta);
        err.print(terminal ? "\r" + line + "   " : line + System.lineSeparator());
        err.flush();
    }

    /** Ends the line on a terminal. */
    synchronized void finish() {
        if (terminal && shown >= 0) {
            err.println();
            err.flush();
        }
    }
}
