package org.sgdvalley.engine.run;

import java.io.Serializable;
import java.util.TreeSet;

/**
 * The iterations at which metrics are computed: the paper's (every one of the first {@code first}
 * iterations, then {@code spaced} points linearly or log-spaced up to the end) or every k steps.
 *
 * @param first  iterations 0..first-1 are all evaluated
 * @param spaced number of further points up to the last iteration
 * @param log    space the further points logarithmically instead of linearly
 * @param every  when &gt; 0, evaluate every {@code every} steps instead (and at the end)
 */
public record EvaluationPlan(int first, int spaced, boolean log, long every) implements Serializable {

    /** The paper's plan: first 100 iterations, then 250 evenly spaced points. */
    public static EvaluationPlan paper() {
        return new EvaluationPlan(100, 250, false, 0);
    }

    /** Every k steps. */
    public static EvaluationPlan everySteps(long k) {
        return new EvaluationPlan(0, 0, false, k);
    }

    /** The sorted, distinct evaluation iterations of a run of {@code total} steps (0..total). */
    public long[] points(long total) {
        TreeSet<Long> points = new TreeSet<>();
        if (every > 0) {
            for (long t = 0; t <= total; t += every) {
                points.add(t);
            }
        } else {
            for (long t = 0; t < Math.min(first, total + 1); t++) {
                points.add(t);
            }
            addSpaced(points, total);
        }
        points.add(total);
        return points.stream().mapToLong(Long::longValue).toArray();
    }

    private void addSpaced(TreeSet<Long> points, long total) {
        long start = Math.max(first, 1);
        for (int i = 0; i < spaced; i++) {
            double f = spaced == 1 ? 1.0 : (double) i / (spaced - 1);
            double t = log ? Math.exp(Math.log(start) + f * (Math.log(Math.max(total, start)) - Math.log(start)))
                    : start + f * (total - start);
            points.add(Math.min(total, Math.round(t)));
        }
    }
}
