package org.sgdvalley.ui.valley;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;

/**
 * A logarithmic step-size slider with the edge of stability marked on its track: a red tick and the
 * word "edge" at log10(edge).
 */
public final class SliderMark extends StackPane {
    private final Slider slider;
    private final Pane layer = new Pane();
    private final Line tick = new Line();
    private final Label label = new Label("edge");
    private double edge = Double.NaN;

    /** Wraps {@code slider} (whose value is log10 of the step size). */
    public SliderMark(Slider slider) {
        this.slider = slider;
        setId("edge-mark");
        tick.setStyle("-fx-stroke: #c00000; -fx-stroke-width: 3;");
        label.setStyle("-fx-text-fill: #c00000; -fx-font-weight: bold; -fx-font-size: 0.85em;");
        layer.getChildren().addAll(tick, label);
        layer.setMouseTransparent(true);
        layer.setManaged(true);
        getChildren().addAll(slider, layer);
        tick.setVisible(false);
        label.setVisible(false);
        slider.minProperty().addListener((o, a, b) -> requestLayout());
        slider.maxProperty().addListener((o, a, b) -> requestLayout());
    }

    /** Marks the edge (a step size); NaN hides the mark. */
    public void mark(double stepSize) {
        if (Double.compare(stepSize, edge) != 0) {
            edge = stepSize;
            requestLayout();
        }
    }

    /** The marked step size, NaN if none. */
    public double marked() {
        return edge;
    }

    /** The node that shows the mark (for tests and screenshots). */
    public Node markNode() {
        return tick;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double v = Math.log10(edge);
        boolean show = edge > 0 && v >= slider.getMin() && v <= slider.getMax();
        tick.setVisible(show);
        label.setVisible(show);
        Node track = slider.lookup(".track");
        if (!show || track == null) {
            return;
        }
        Bounds b = track.getBoundsInParent();
        double x = slider.getLayoutX() + b.getMinX() + (v - slider.getMin()) / (slider.getMax() - slider.getMin())
                * b.getWidth();
        double y = slider.getLayoutY() + b.getMinY();
        tick.setStartX(x);
        tick.setEndX(x);
        tick.setStartY(y - 7);
        tick.setEndY(y + b.getHeight() + 7);
        label.autosize();
        label.relocate(x - label.getWidth() / 2, Math.max(0, y - 7 - label.getHeight()));
    }
}
