package org.sgdvalley.preset;

import java.util.List;
import org.sgdvalley.engine.model.ModelSpec;

/**
 * The metric names a preset may ask for, and the models each one is defined for
 * (definitions in the paper's appendix).
 */
public final class PresetMetrics {
    /** Every metric name a preset may use, in display order. */
    public static final List<String> ALL = List.of("train_loss", "test_loss", "valley_loss", "l0", "l1", "rank",
            "feature_sparsity", "sharpness");

    private PresetMetrics() {
    }

    /** The metric names defined for {@code model}. */
    public static List<String> allowedFor(ModelSpec model) {
        if (model instanceof ModelSpec.Diagonal) {
            return List.of("train_loss", "test_loss", "valley_loss", "l0", "l1", "rank", "sharpness");
        }
        if (model instanceof ModelSpec.Relu) {
            return List.of("train_loss", "test_loss", "valley_loss", "rank", "feature_sparsity", "sharpness");
        }
        return List.of("train_loss", "test_loss", "valley_loss", "sharpness");
    }

    /**
     * Checks a metric list for {@code model}; {@code where} names the field or option in messages
     * (for example {@code metrics} or {@code --metrics}).
     *
     * @throws PresetException naming the first unknown, inapplicable or repeated metric
     */
    public static List<String> check(List<String> names, ModelSpec model, String where) {
        List<String> allowed = allowedFor(model);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String path = where + "[" + i + "]";
            if (!ALL.contains(name)) {
                throw new PresetException(path, "unknown metric '" + name + "', allowed: " + String.join(", ", allowed));
            }
            if (!allowed.contains(name)) {
                throw new PresetException(path, name + " is not defined for this model, allowed: "
                        + String.join(", ", allowed));
            }
            if (names.indexOf(name) != i) {
                throw new PresetException(path, name + " is listed twice");
            }
        }
        if (names.isEmpty()) {
            throw new PresetException(where, "must name at least one metric, allowed: " + String.join(", ", allowed));
        }
        return List.copyOf(names);
    }
}
