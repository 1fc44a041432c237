package org.sgdvalley.ui.sweep;

import org.sgdvalley.engine.sweep.SweepGrid;
import org.sgdvalley.ui.classroom.MetricGlossary;

/** Titles of the quantities a sweep maps: the metrics' glossary titles, at the end of the run. */
final class QuantityNames {
    private QuantityNames() {
    }

    /** A title for a map of {@code quantity}. */
    static String title(String quantity) {
        return switch (quantity) {
            case SweepGrid.DIVERGED -> "Share of seeds that diverged";
            case "stabilized_loss" -> "Stabilized training loss while the step is large";
            case "stabilization_step" -> "Steps until the loss stabilized";
            default -> {
                MetricGlossary.Definition d = MetricGlossary.of(quantity);
                String suffix = quantity.matches(".*_\\d+$") ? " " + quantity.replaceAll(".*_(\\d+)$", "(layer $1)") : "";
                yield "Final " + (d == null ? quantity.replace('_', ' ') : d.title().toLowerCase() + suffix);
            }
        };
    }
}
