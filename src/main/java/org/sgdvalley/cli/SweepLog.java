package org.sgdvalley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sgdvalley.engine.sweep.CellRow;
import org.sgdvalley.engine.sweep.SweepSpec;
import org.sgdvalley.export.AtomicFiles;
import org.sgdvalley.export.SweepCsv;

/**
 * sweep.csv while a sweep runs: each finished row is appended with one write of a whole line, so an
 * interrupted sweep leaves whole rows (a line cut by a crash has no line break and is dropped on
 * resume). At the end the file is rewritten atomically in grid order, so a resumed sweep gives the same
 * file as an uninterrupted one.
 */
final class SweepLog implements AutoCloseable {
    private final Path file;
    private final SweepSpec sweep;
    private final SweepCsv csv;
    private final List<CellRow> rows = new ArrayList<>();
    private FileChannel channel;

    private SweepLog(Path file, SweepSpec sweep) {
        this.file = file;
        this.sweep = sweep;
        this.csv = new SweepCsv(sweep);
    }

    /** Starts a new sweep.csv holding only the header (replacing any file there). */
    static SweepLog fresh(Path file, SweepSpec sweep) throws IOException {
        SweepLog log = new SweepLog(file, sweep);
        AtomicFiles.writeText(file, true, out -> out.write(log.csv.header() + "\n"));
        log.open();
        return log;
    }

    /**
     * Continues the sweep.csv of an interrupted run of the same sweep: reads its rows (dropping a cut
     * last line) and appends after them.
     *
     * @throws InputException when the file is missing or belongs to another sweep
     */
    static SweepLog resume(Path file, SweepSpec sweep) throws IOException {
        SweepLog log = new SweepLog(file, sweep);
        if (!Files.isRegularFile(file)) {
            throw new InputException("--resume: there is no " + file + " to continue; run without --resume first");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n') + 1;
        String[] lines = text.substring(0, end).split("\n", -1);
        if (lines.length < 2 || !lines[0].equals(log.csv.header())) {
            throw new InputException("--resume: " + file + " holds another sweep (its columns are not "
                    + log.csv.header() + "); use the same preset, run, axes and metrics, or --force without --resume");
        }
        Set<Integer> seen = new HashSet<>();
        for (int k = 1; k < lines.length - 1; k++) {
            CellRow row;
            try {
                row = log.csv.parse(lines[k]);
            } catch (IllegalArgumentException e) {
                throw new InputException("--resume: " + file + " line " + (k + 1) + ": " + e.getMessage()
                        + "; it holds another sweep or was edited");
            }
            if (!seen.add(sweep.order(row.xIndex(), row.yIndex(), row.seed()))) {
                throw new InputException("--resume: " + file + " line " + (k + 1) + " repeats cell (" + row.xIndex()
                        + ", " + row.yIndex() + ", seed " + row.seed() + ")");
            }
            log.rows.add(row);
        }
        try (FileChannel cut = FileChannel.open(file, StandardOpenOption.WRITE)) {
            cut.truncate(text.substring(0, end).getBytes(StandardCharsets.UTF_8).length);
        }
        log.open();
        return log;
    }

    private void open() throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** The rows read or written so far. */
    synchronized List<CellRow> rows() {
        return List.copyOf(rows);
    }

    /** The positions of the cells already done. */
    synchronized Set<Integer> done() {
        Set<Integer> done = new HashSet<>();
        rows.forEach(r -> done.add(sweep.order(r.xIndex(), r.yIndex(), r.seed())));
        return done;
    }

    /** Appends a finished row as one whole line. */
    synchronized void append(CellRow row) {
        ByteBuffer line = ByteBuffer.wrap((csv.line(row) + "\n").getBytes(StandardCharsets.UTF_8));
        try {
            while (line.hasRemaining()) {
                channel.write(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file + ": " + e.getMessage(), e);
        }
        rows.add(row);
    }

    /** Rewrites the file atomically with every row in grid order. */
    synchronized void finish() throws IOException {
        channel.force(true);
        List<CellRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingInt(r -> sweep.order(r.xIndex(), r.yIndex(), r.seed())));
        AtomicFiles.writeText(file, true, out -> {
            out.write(csv.header());
            out.write('\n');
            for (CellRow row : sorted) {
                out.write(csv.line(row));
                out.write('\n');
            }
        });
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
