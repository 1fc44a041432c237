package org.sgdvalley.engine.metric;

import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.model.Model;

/**
 * What a metric sees: the model, the data, the current iterate (read only) and the step size in use.
 */
public record MetricContext(Model model, Dataset data, double[] params, double stepSize, MetricOptions options) {
}
