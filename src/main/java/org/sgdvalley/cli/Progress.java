package org.sgdvalley.cli;

import java.io.PrintWriter;
import java.util.function.LongConsumer;

/**
 * Training progress on stderr: a bar redrawn in place on a terminal, otherwise a plain line every
 * tenth of the work. Called from worker threads.
 */
final class Progress implements LongConsumer {
    private static final int BAR = 30;
    private final PrintWriter err;
    private final long total;
    private final boolean terminal;
    private int shown = -1;

    Progress(PrintWriter err, long total, boolean terminal) {
        this.err = err;
        this.total = Math.max(1, total);
        this.terminal = terminal;
    }

    @Override
    public synchronized void accept(long done) {
        int percent = (int) Math.min(100, 100 * done / total);
        int step = terminal ? percent : percent / 10 * 10;
        if (step <= shown) {
            return;
        }
        shown = step;
        if (terminal) {
            int filled = percent * BAR / 100;
            err.printf("\r[%s%s] %3d%% %,d/%,d steps", "#".repeat(filled), " ".repeat(BAR - filled), percent,
                    Math.min(done, total), total);
        } else {
            err.printf("progress: %d%% (%,d of %,d steps)%n", step, Math.min(done, total), total);
        }
        err.flush();
    }

    /** Ends the bar's line on a terminal. */
    synchronized void finish() {
        if (terminal && shown >= 0) {
            err.println();
            err.flush();
        }
    }
}
