package org.sgdvalley.engine.metric;

import java.util.List;
import org.sgdvalley.engine.model.Model;

/**
 * A quantity measured on a run's iterate, named as in presets, CSV columns and JSON
 * (definitions in the paper's appendix; see {@link MetricRegistry}).
 */
public interface Metric {

    /** The name used in presets, e.g. {@code l0}. */
    String name();

    /** Whether the metric is defined for this model (l0 needs a diagonal network, for example). */
    boolean appliesTo(Model model);

    /**
     * Whether one evaluation costs far more than a pass over the data (an SVD, a power iteration,
     * thousands of GD steps): the live view then measures it less often than the losses.
     */
    default boolean expensive() {
        return false;
    }

    /** Column names it writes; one per hidden layer for per-layer metrics. */
    default List<String> columns(Model model) {
        return List.of(name());
    }

    /** Writes {@code columns(model).size()} values into {@code out} from {@code offset}. */
    void evaluate(MetricContext context, double[] out, int offset);
}
