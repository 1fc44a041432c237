package org.sgdvalley.ui.valley;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Line;
import org.sgdvalley.ui.plot.PlotTheme;

/**
 * One key to the runs' colours for the whole tab, above the panels rather than over their data: every
 * picture draws run i in palette colour i. The focused run is in bold.
 */
final class RunKey extends FlowPane {
    private List<String> labels = List.of();
    private int focused = -1;
    private PlotTheme theme = PlotTheme.LIGHT;

    RunKey() {
        super(14, 2);
        setId("valley-run-key");
        setPadding(new Insets(0, 10, 2, 10));
    }

    /** Shows the runs {@code runLabels} with run {@code focus} in bold. */
    void show(List<String> runLabels, int focus) {
        if (runLabels.equals(labels) && focus == focused) {
            return;
        }
        labels = runLabels;
        focused = focus;
        getChildren().clear();
        for (int i = 0; i < runLabels.size(); i++) {
            Line swatch = new Line(0, 0, 1.8 * theme.fontSize(), 0);
            swatch.setStroke(PlotTheme.paletteColor(i));
            swatch.setStrokeWidth(3 * theme.lineScale());
            Label entry = new Label(runLabels.get(i), swatch);
            entry.setMinWidth(Label.USE_PREF_SIZE);
            if (i == focus) {
                entry.setStyle("-fx-font-weight: bold;");
            }
            getChildren().add(entry);
        }
    }

    /** Sizes the key to the theme's font. */
    void setTheme(PlotTheme t) {
        theme = t;
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", t.fontSize() * 13 / 12.0));
        List<String> shown = labels;
        labels = List.of();
        show(shown, focused);
    }
}
