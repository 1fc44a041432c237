package org.sgdvalley.ui.plot;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Line;

/**
 * One key to the runs' colours for several pictures, above them rather than over their data: every
 * picture draws run i in palette colour i. Each run is named once, whole, in its colour; the focused
 * run is in bold. The key wraps onto more lines rather than shortening a name.
 */
public final class RunKey extends FlowPane {
    private List<String> labels = List.of();
    private int focused = -1;
    private PlotTheme theme = PlotTheme.LIGHT;

    /** An empty key in the light theme. */
    public RunKey() {
        super(14, 2);
        getStyleClass().add("run-key");
        setPadding(new Insets(0, 10, 2, 10));
    }

    /** Shows the runs {@code runLabels} with run {@code focus} in bold (none for -1). */
    public void show(List<String> runLabels, int focus) {
        if (runLabels.equals(labels) && focus == focused) {
            return;
        }
        labels = List.copyOf(runLabels);
        focused = focus;
        getChildren().clear();
        for (int i = 0; i < runLabels.size(); i++) {
            Line swatch = new Line(0, 0, 1.8 * theme.fontSize(), 0);
            swatch.setStroke(PlotTheme.paletteColor(i));
            swatch.setStrokeWidth(3 * theme.lineScale());
            Label entry = new Label(runLabels.get(i), swatch);
            entry.setMinWidth(Label.USE_PREF_SIZE);
            entry.setGraphicTextGap(0.4 * theme.fontSize());
            if (i == focus) {
                entry.setStyle("-fx-font-weight: bold;");
            }
            getChildren().add(entry);
        }
    }

    /** Shows run {@code focus} in bold. */
    public void setFocus(int focus) {
        show(labels, focus);
    }

    /** The CSS of a control's text beside the plots of theme {@code t}: a fifth larger than the plots' own. */
    public static String textStyle(PlotTheme t) {
        return String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", t.fontSize() * 1.2);
    }

    /** Sizes the key to the theme's font. */
    public void setTheme(PlotTheme t) {
        theme = t;
        setStyle(textStyle(t));
        List<String> shown = labels;
        labels = List.of();
        show(shown, focused);
    }
}
