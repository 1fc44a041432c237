package org.sgdvalley.engine.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.sgdvalley.engine.model.Model;

/**
 * The metrics an experiment asked for, compiled for one model into a fixed list of columns.
 * Metrics that do not apply to the model are left out.
 */
public final class MetricSet {
    /** Metrics found unavailable on this platform (a native routine missing), each reported once. */
    static final Set<String> UNAVAILABLE = ConcurrentHashMap.newKeySet();
    static final Queue<String> NOTICES = new ConcurrentLinkedQueue<>();
    private final List<Metric> metrics = new ArrayList<>();
    private final List<String> columns = new ArrayList<>();
    private final int[] offsets;

    /** Compiles {@code names} for {@code model}; unknown names are an error. */
    public MetricSet(List<String> names, Model model) {
        for (String name : names) {
            Metric metric = MetricRegistry.find(name);
            if (metric == null) {
                throw new IllegalArgumentException("unknown metric '" + name + "', allowed: " + MetricRegistry.names());
            }
            if (metric.appliesTo(model)) {
                metrics.add(metric);
            }
        }
        offsets = new int[metrics.size()];
        for (int i = 0; i < metrics.size(); i++) {
            offsets[i] = columns.size();
            columns.addAll(metrics.get(i).columns(model));
        }
    }

    /** Column names, in order. */
    public List<String> columns() {
        return List.copyOf(columns);
    }

    /** Evaluates every metric into a new row of {@code columns().size()} values. */
    public double[] evaluate(MetricContext context) {
        double[] row = new double[columns.size()];
        if (!allFinite(context.params())) {
            // a ReLU maps NaN to 0, so a broken iterate could read as "perfectly sparse": report NaN
            Arrays.fill(row, Double.NaN);
            return row;
        }
        for (int i = 0; i < metrics.size(); i++) {
            evaluate(i, context, row);
        }
        return row;
    }

    /** Whether every value is finite. */
    public static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Evaluates only the cheap or only the expensive metrics into {@code row}; returns the indices of
     * the columns written.
     */
    public int[] evaluate(MetricContext context, boolean expensive, double[] row) {
        List<Integer> written = new ArrayList<>();
        boolean finite = allFinite(context.params());
        for (int i = 0; i < metrics.size(); i++) {
            if (metrics.get(i).expensive() == expensive) {
                int width = metrics.get(i).columns(context.model()).size();
                if (finite) {
                    evaluate(i, context, row);
                } else {
                    // a ReLU maps NaN to 0, so a broken iterate could read as "perfectly sparse": report NaN
                    Arrays.fill(row, offsets[i], offsets[i] + width, Double.NaN);
                }
                for (int c = 0; c < width; c++) {
                    written.add(offsets[i] + c);
                }
            }
        }
        return written.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether any metric of the set is expensive. */
    public boolean hasExpensive() {
        return metrics.stream().anyMatch(Metric::expensive);
    }

    /**
     * The next one-line notice of a metric that reads NaN because a native routine is missing on this
     * platform (each metric is reported once per process), or null when there is none.
     */
    public static String takeUnavailableNotice() {
        return NOTICES.poll();
    }

    private void evaluate(int i, MetricContext context, double[] row) {
        try {
            metrics.get(i).evaluate(context, row, offsets[i]);
        } catch (MissingNativeRoutine missing) {
            String name = metrics.get(i).name();
            if (UNAVAILABLE.add(name)) {
                NOTICES.add(name + " unavailable: " + missing.getMessage() + "; training goes on without it");
            }
            readNaN(i, context, row);
        } catch (RuntimeException numericalFault) {
            // a metric of a non-finite iterate (an SVD of NaNs, say) reads NaN, it does not stop the run
            readNaN(i, context, row);
        }
    }

    private void readNaN(int i, MetricContext context, double[] row) {
        int width = metrics.get(i).columns(context.model()).size();
        Arrays.fill(row, offsets[i], offsets[i] + width, Double.NaN);
    }
}
