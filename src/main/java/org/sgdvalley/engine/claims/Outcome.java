package org.sgdvalley.engine.claims;

import java.util.Arrays;
import java.util.List;
import org.sgdvalley.engine.run.Evaluation;
import org.sgdvalley.engine.run.RunResult;

/** What one draw of an experiment produced: every run's evaluations, read by metric column name. */
public final class Outcome {
    private final List<String> columns;
    private final List<RunResult> runs;

    /** The results of every run, with the metric columns of their evaluations. */
    public Outcome(List<String> columns, List<RunResult> runs) {
        this.columns = List.copyOf(columns);
        this.runs = List.copyOf(runs);
    }

    /** Whether run {@code run} stopped early on a divergence. */
    public boolean diverged(int run) {
        return runs.get(run).divergence() != null;
    }

    /** The column's value at the run's last evaluation (NaN without one). */
    public double last(int run, String column) {
        Evaluation last = runs.get(run).last();
        return last == null ? Double.NaN : last.values()[index(column)];
    }

    /** The column's value at the last evaluation at or before {@code iteration} (NaN without one). */
    public double at(int run, String column, long iteration) {
        int c = index(column);
        double value = Double.NaN;
        for (Evaluation e : runs.get(run).evaluations()) {
            if (e.iteration() > iteration) {
                break;
            }
            value = e.values()[c];
        }
        return value;
    }

    /** The column's values at the evaluations with from &lt;= iteration &lt; to. */
    public double[] between(int run, String column, long from, long to) {
        int c = index(column);
        return window(run, from, to).stream().mapToDouble(e -> e.values()[c]).toArray();
    }

    /** The evaluations with from &lt;= iteration &lt; to. */
    public List<Evaluation> window(int run, long from, long to) {
        return runs.get(run).evaluations().stream().filter(e -> e.iteration() >= from && e.iteration() < to).toList();
    }

    /** The median of the column's values at the evaluations with from &lt;= iteration &lt; to (NaN if none). */
    public double median(int run, String column, long from, long to) {
        double[] values = between(run, column, from, to);
        if (values.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(values);
        return values[values.length / 2];
    }

    private int index(String column) {
        int c = columns.indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("no metric column " + column + " among " + columns);
        }
        return c;
    }
}
