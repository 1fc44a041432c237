package org.sgdvalley.ui.classroom;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * What the plots measure, in words: the side panel's glossary of the preset's metrics, and each plot's
 * definition as its tooltip. The tooltips can be switched off (presenter view), where a pop-up would
 * cover the data.
 */
final class MetricDefinitions {
    /** Where {@link Tooltip#install} keeps a node's tooltip, among the node's properties. */
    static final String TOOLTIP_KEY = "javafx.scene.control.Tooltip";
    private final VBox glossary = new VBox(6);
    private final DashboardCells cells;
    private ExperimentSpec preset;
    private boolean tooltips = true;

    /** Definitions for the plots of {@code cells}. */
    MetricDefinitions(DashboardCells cells) {
        this.cells = cells;
    }

    /** The glossary: one line per metric of the preset, with its formula as a tooltip. */
    VBox glossary() {
        return glossary;
    }

    /** Describes the metrics of {@code spec} (null keeps the last preset, to follow a new sparsity metric). */
    void describe(ExperimentSpec spec) {
        if (spec != null) {
            preset = spec;
        }
        if (preset == null) {
            return;
        }
        glossary.getChildren().clear();
        List<String> names = new ArrayList<>(preset.metrics());
        names.add("step_size");
        for (String name : names) {
            MetricGlossary.Definition d = MetricGlossary.of(name);
            if (d != null) {
                Label label = new Label(d.title() + ": " + d.plain());
                label.setWrapText(true);
                label.getStyleClass().add("glossary-entry");
                label.setTooltip(tooltip(d.text()));
                glossary.getChildren().add(label);
            }
        }
        installOnPlots();
    }

    /** Shows the definitions as the plots' tooltips, or takes them off. */
    void showTooltips(boolean on) {
        tooltips = on;
        installOnPlots();
    }

    private void installOnPlots() {
        List<Node> plots = List.of(cells.lossPlot(), cells.stepSizePlot(), cells.sparsityPlot());
        for (Node plot : plots) {
            Tooltip shown = (Tooltip) plot.getProperties().get(TOOLTIP_KEY);
            if (shown != null) {
                Tooltip.uninstall(plot, shown);
            }
        }
        if (!tooltips || preset == null) {
            return;
        }
        StringBuilder loss = new StringBuilder();
        for (String name : preset.metrics()) {
            MetricGlossary.Definition d = MetricGlossary.of(name);
            if (d != null && name.endsWith("_loss")) {
                loss.append(loss.isEmpty() ? "" : "\n\n").append(d.text());
            }
        }
        Tooltip.install(cells.lossPlot(), tooltip(loss.toString()));
        Tooltip.install(cells.stepSizePlot(), tooltip(MetricGlossary.of("step_size").text()));
        MetricGlossary.Definition sparsity = MetricGlossary.of(cells.sparsityMetricProperty().get());
        if (sparsity != null) {
            Tooltip.install(cells.sparsityPlot(), tooltip(sparsity.text()));
        }
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(520);
        t.setShowDelay(Duration.millis(700));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }
}
