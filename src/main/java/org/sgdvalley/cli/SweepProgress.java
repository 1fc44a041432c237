package org.sgdvalley.cli;

import java.io.PrintWriter;
import java.util.function.LongConsumer;

/**
 * Sweep progress on stderr with an estimate of the time left, from the rate of this invocation (a
 * resumed sweep starts with the work already done): redrawn in place on a terminal each percent,
 * otherwise a line every tenth of the work. Called from worker threads.
 */
final class SweepProgress implements LongConsumer {
    private final PrintWriter err;
    private final long total;
    private final long cellIterations;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long first = -1;
    private int shown = -1;

    /**
     * @param total          the sweep's planned iterations over all cells
     * @param cellIterations iterations of one cell, to count cells
     */
    SweepProgress(PrintWriter err, long total, long cellIterations, boolean terminal) {
        this.err = err;
        this.total = Math.max(1, total);
        this.cellIterations = Math.max(1, cellIterations);
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
        String eta = done > first && done < total ? String.format(", about %s left", duration((total - done) / rate))
                : "";
        String line = String.format("sweep: %3d%% (%,d of %,d cells), %s elapsed%s", percent, done / cellIterations,
                total / cellIterations, duration(seconds), eta);
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

    private static String duration(double seconds) {
        if (seconds < 60) {
            return String.format("%.0f s", Math.ceil(seconds));
        }
        long s = (long) Math.ceil(seconds);
        return s < 3600 ? String.format("%d min %02d s", s / 60, s % 60) : String.format("%d h %02d min", s / 3600,
                s % 3600 / 60);
    }
}
