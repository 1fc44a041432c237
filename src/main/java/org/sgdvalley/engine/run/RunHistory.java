package org.sgdvalley.engine.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live history of one run, series by name: {@code train_loss} and {@code step_size} as the run
 * goes, and one series per metric column at the metric cadence. Bounded in memory (see
 * {@link SeriesHistory}).
 */
public final class RunHistory {
    /** Name of the step-size series. */
    public static final String STEP_SIZE = "step_size";
    /** Name of the training-loss series. */
    public static final String TRAIN_LOSS = "train_loss";

    private final Map<String, SeriesHistory> series = new LinkedHashMap<>();

    /** A history with the train-loss and step-size series and one series per metric column. */
    public RunHistory(List<String> metricColumns) {
        series.put(TRAIN_LOSS, SeriesHistory.standard());
        series.put(STEP_SIZE, SeriesHistory.standard());
        for (String column : metricColumns) {
            series.putIfAbsent(column, SeriesHistory.standard());
        }
    }

    /** The series of that name, or null. */
    public SeriesHistory series(String name) {
        return series.get(name);
    }

    /** Every series name, train loss and step size first. */
    public List<String> names() {
        return List.copyOf(series.keySet());
    }

    /** Forgets everything after iteration {@code x} in every series. */
    public void truncateAfter(long x) {
        series.values().forEach(s -> s.truncateAfter(x));
    }
}
