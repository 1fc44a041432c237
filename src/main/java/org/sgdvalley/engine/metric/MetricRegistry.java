package org.sgdvalley.engine.metric;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Every metric by its preset name. */
public final class MetricRegistry {
    private static final Map<String, Metric> METRICS = new LinkedHashMap<>();

    static {
        register(Losses.train());
        register(Losses.test());
        register(BetaNorms.l0());
        register(BetaNorms.l1());
        register(new JacobianRank());
        register(new FeatureSparsity());
        register(new Sharpness());
        register(new ValleyLoss());
    }

    private MetricRegistry() {
    }

    private static void register(Metric metric) {
        METRICS.put(metric.name(), metric);
    }

    /** The metric of that name, or null. */
    public static Metric find(String name) {
        return METRICS.get(name);
    }

    /** All metric names, in display order. */
    public static Set<String> names() {
        return METRICS.keySet();
    }
}
