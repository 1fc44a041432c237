package org.sgdvalley.engine.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a sweep gathered by grid point, as they arrive: for each point and quantity, the median
 * over the seeds that did not diverge, the share of seeds that diverged, and the divergence boundary.
 * Safe to fill from worker threads while another thread reads it.
 */
public final class SweepGrid {
    /** The quantity that maps the share of a grid point's seeds that diverged. */
    public static final String DIVERGED = "diverged";
    /** The loss summary's quantities. */
    public static final List<String> SUMMARY = List.of("stabilized_loss", "stabilization_step");

    private final SweepSpec sweep;
    private final List<String> quantities;
    private final List<List<CellRow>> rows;
    private int finished;

    /** An empty grid for {@code sweep}. */
    public SweepGrid(SweepSpec sweep) {
        this.sweep = sweep;
        List<String> q = new ArrayList<>(SweepCell.metricColumns(sweep.preset()));
        q.addAll(SUMMARY);
        q.add(DIVERGED);
        this.quantities = List.copyOf(q);
        int points = sweep.x().count() * sweep.y().count();
        this.rows = new ArrayList<>(points);
        for (int p = 0; p < points; p++) {
            rows.add(new ArrayList<>(sweep.seeds()));
        }
    }

    public SweepSpec sweep() {
        return sweep;
    }

    /** What can be mapped: the preset's metric columns, the loss summary, then {@value #DIVERGED}. */
    public List<String> quantities() {
        return quantities;
    }

    /** Whether a quantity is best shown on a log colour scale (losses). */
    public static boolean logScale(String quantity) {
        return quantity.endsWith("loss");
    }

    /** Adds a finished row. */
    public synchronized void add(CellRow row) {
        rows.get(point(row.xIndex(), row.yIndex())).add(row);
        finished++;
    }

    /** Rows added so far. */
    public synchronized int finished() {
        return finished;
    }

    /** The rows of grid point (i, j), in the order they arrived. */
    public synchronized List<CellRow> rows(int i, int j) {
        return List.copyOf(rows.get(point(i, j)));
    }

    /**
     * The value of a quantity at grid point (i, j): for {@value #DIVERGED} the share of its rows that
     * diverged, otherwise the median over its rows that did not diverge; NaN when there is none.
     */
    public synchronized double value(String quantity, int i, int j) {
        List<CellRow> here = rows.get(point(i, j));
        if (here.isEmpty()) {
            return Double.NaN;
        }
        if (quantity.equals(DIVERGED)) {
            return here.stream().filter(CellRow::diverged).count() / (double) here.size();
        }
        int column = quantities.indexOf(quantity);
        if (column < 0) {
            throw new IllegalArgumentException("unknown quantity " + quantity + ", allowed: " + quantities);
        }
        double[] values = here.stream().filter(r -> !r.diverged()).mapToDouble(r -> pick(r, column))
                .filter(v -> !Double.isNaN(v)).toArray();
        return values.length == 0 ? Double.NaN : SweepCell.median(values);
    }

    private double pick(CellRow row, int column) {
        int metrics = row.finals().length;
        if (column < metrics) {
            return row.finals()[column];
        }
        return column == metrics ? row.stabilizedLoss() : row.stabilizationStep();
    }

    /** Whether most of the rows of grid point (i, j) diverged (false while it has none). */
    public synchronized boolean diverged(int i, int j) {
        List<CellRow> here = rows.get(point(i, j));
        return !here.isEmpty() && 2 * here.stream().filter(CellRow::diverged).count() > here.size();
    }

    /**
     * The edge of stability along x for each y index: the x position, in index units, halfway between
     * the last grid point that did not diverge and the first that did ({@code -0.5} when the first
     * already diverged), or NaN while no such pair of finished points is known.
     */
    public synchronized double[] boundary() {
        double[] edge = new double[sweep.y().count()];
        Arrays.fill(edge, Double.NaN);
        for (int j = 0; j < edge.length; j++) {
            for (int i = 0; i < sweep.x().count(); i++) {
                if (rows.get(point(i, j)).isEmpty()) {
                    break;
                }
                if (diverged(i, j)) {
                    edge[j] = i - 0.5;
                    break;
                }
            }
        }
        return edge;
    }

    private int point(int i, int j) {
        return j * sweep.x().count() + i;
    }
}
