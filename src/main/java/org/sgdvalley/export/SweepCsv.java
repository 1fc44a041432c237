package org.sgdvalley.export;

import java.util.ArrayList;
import java.util.List;
import org.sgdvalley.engine.sweep.CellRow;
import org.sgdvalley.engine.sweep.SweepCell;
import org.sgdvalley.engine.sweep.SweepGrid;
import org.sgdvalley.engine.sweep.SweepSpec;

/**
 * The text of a sweep's sweep.csv: one line per cell and seed, with the grid indices, the two parameter values,
 * the seeds, how the run ended, the preset's metrics at the end and the loss summary. Numbers are
 * written so that they read back bit for bit ({@code nan}, {@code inf} and {@code -inf} for the
 * non-finite ones); {@code diverged_at} is empty for a run that did not diverge.
 */
public final class SweepCsv {
    private final SweepSpec sweep;
    private final List<String> columns;
    private final int metricCount;

    /** The CSV layout of {@code sweep}. */
    public SweepCsv(SweepSpec sweep) {
        this.sweep = sweep;
        List<String> metrics = SweepCell.metricColumns(sweep.preset());
        this.metricCount = metrics.size();
        List<String> all = new ArrayList<>(List.of("x_index", "y_index", "seed", sweep.x().parameter().key(),
                sweep.y().parameter().key(), "sgd_seed", "data_seed", "steps", "diverged", "diverged_at"));
        all.addAll(metrics);
        all.addAll(SweepGrid.SUMMARY);
        this.columns = List.copyOf(all);
    }

    /** Column names, in order. */
    public List<String> columns() {
        return columns;
    }

    /** The header line, without its line break. */
    public String header() {
        return String.join(",", columns);
    }

    /** One row as a line, without its line break. */
    public String line(CellRow row) {
        StringBuilder b = new StringBuilder();
        b.append(row.xIndex()).append(',').append(row.yIndex()).append(',').append(row.seed()).append(',')
                .append(text(row.x())).append(',').append(text(row.y())).append(',').append(row.sgdSeed())
                .append(',').append(row.dataSeed()).append(',').append(row.steps()).append(',')
                .append(row.diverged()).append(',').append(row.diverged() ? Long.toString(row.divergedAt()) : "");
        for (double v : row.finals()) {
            b.append(',').append(text(v));
        }
        b.append(',').append(text(row.stabilizedLoss())).append(',').append(text(row.stabilizationStep()));
        return b.toString();
    }

    /**
     * Reads a line back, checking that it belongs to this sweep: its indices lie on the grid and its
     * parameter values are the grid's.
     *
     * @throws IllegalArgumentException saying what does not fit
     */
    public CellRow parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " fields, got " + f.length);
        }
        try {
            int i = Integer.parseInt(f[0]);
            int j = Integer.parseInt(f[1]);
            int s = Integer.parseInt(f[2]);
            if (i < 0 || i >= sweep.x().count() || j < 0 || j >= sweep.y().count() || s < 0 || s >= sweep.seeds()) {
                throw new IllegalArgumentException("cell (" + i + ", " + j + ", seed " + s + ") is not on this grid");
            }
            double x = parseNumber(f[3]);
            double y = parseNumber(f[4]);
            if (Double.compare(x, sweep.x().value(i)) != 0 || Double.compare(y, sweep.y().value(j)) != 0) {
                throw new IllegalArgumentException("cell (" + i + ", " + j + ") has " + columns.get(3) + "=" + f[3]
                        + ", " + columns.get(4) + "=" + f[4] + ", not this grid's values");
            }
            double[] finals = new double[metricCount];
            for (int k = 0; k < metricCount; k++) {
                finals[k] = parseNumber(f[10 + k]);
            }
            boolean diverged = Boolean.parseBoolean(f[8]);
            return new CellRow(i, j, s, x, y, Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]),
                    diverged ? Long.parseLong(f[9]) : -1, finals, parseNumber(f[10 + metricCount]),
                    parseNumber(f[11 + metricCount]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage());
        }
    }

    private static String text(double v) {
        return CsvWriter.number(v);
    }

    private static double parseNumber(String text) {
        return switch (text) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }
}
