package org.sgdvalley.ui.valley;

import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.sgdvalley.ui.plot.PlotTheme;

/**
 * The Valley tab's controls: the edge of stability readout, "Find the edge" with its progress, the
 * jump to a fraction of the edge, and "Recompute landscape" where there is a landscape. It wraps onto a
 * second line rather than cut a control.
 */
final class EdgeBar extends FlowPane {
    private final Label readout = new Label();
    private final Button recompute = new Button("Recompute landscape");
    private final List<Node> controls;

    EdgeBar(ValleyViewModel vm) {
        super(10, 4);
        readout.setId("edge-readout");
        readout.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        readout.textProperty().bind(vm.readoutProperty());
        Button findEdge = new Button("Find the edge");
        findEdge.setId("find-edge");
        findEdge.setTooltip(new Tooltip("Estimate the largest step size that does not diverge, from the current "
                + "iterate of the focused run: short runs and bisection, in the background"));
        findEdge.setOnAction(e -> vm.findEdge());
        ProgressBar progress = new ProgressBar(0);
        progress.setId("edge-progress");
        progress.setPrefWidth(140);
        progress.managedProperty().bind(progress.visibleProperty());
        vm.edgeProgressProperty().addListener((o, old, p) -> {
            boolean busy = !Double.isNaN(p.doubleValue());
            progress.setVisible(busy);
            findEdge.setDisable(busy);
            if (busy) {
                progress.setProgress(p.doubleValue());
            }
        });
        progress.setVisible(false);
        ComboBox<Double> fraction = new ComboBox<>();
        fraction.setId("edge-fraction");
        fraction.getItems().setAll(ValleyViewModel.FRACTIONS);
        fraction.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double f) {
                return f == null ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * f);
            }

            @Override
            public Double fromString(String text) {
                return null; // not editable
            }
        });
        fraction.setValue(vm.fractionProperty().get());
        fraction.valueProperty().addListener((o, old, f) -> vm.fractionProperty().set(f));
        Button jump = new Button("Jump");
        jump.setId("jump-to-edge");
        jump.setTooltip(new Tooltip("Set the focused run's step size to this fraction of its edge"));
        jump.setOnAction(e -> vm.jumpToFraction());
        jump.disableProperty().bind(vm.jumpPossibleProperty().not());
        recompute.setId("recompute-landscape");
        recompute.setOnAction(e -> vm.recomputeLandscape());
        recompute.managedProperty().bind(recompute.visibleProperty());
        vm.panelsProperty().addListener((o, old, panels) -> recompute.setVisible(panels.contains(ValleyPanel.LANDSCAPE)));
        Label jumpTo = new Label("Jump to");
        Label ofEdge = new Label("of the edge");
        jumpTo.setLabelFor(fraction);
        ofEdge.setLabelFor(fraction);
        for (Control c : List.of(readout, findEdge, fraction, jump, recompute, jumpTo, ofEdge)) {
            c.setMinWidth(Control.USE_PREF_SIZE);
        }
        controls = List.of(findEdge, progress, jumpTo, fraction, ofEdge, jump, recompute);
        getChildren().add(readout);
        getChildren().addAll(controls);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 4, 10));
    }

    /**
     * Shows the edge search and jump beside the readout, or folds them away with the presenter's other
     * controls, leaving no empty row where they were.
     */
    void showControls(boolean shown) {
        getChildren().setAll(readout);
        if (shown) {
            getChildren().addAll(controls);
        }
    }

    /** Sizes the controls' text to the theme's font. */
    void setTheme(PlotTheme theme) {
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", theme.fontSize() * 13 / 12.0));
    }
}
