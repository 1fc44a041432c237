package org.sgdvalley.ui.classroom;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.sgdvalley.ui.plot.PlotView;

/**
 * Switches off what pops up under the mouse in a part of the window, and back on: tooltips and the
 * plots' hover readouts. A projected pop-up covers the very data the class is looking at.
 */
final class HoverPopups {
    private final List<Runnable> restore = new ArrayList<>();

    /** Takes every tooltip and hover readout off {@code root} and its descendants until {@link #restore()}. */
    void off(Node root) {
        if (root instanceof PlotView plot && plot.hoverReadoutProperty().get()) {
            plot.hoverReadoutProperty().set(false);
            restore.add(() -> plot.hoverReadoutProperty().set(true));
        }
        if (root instanceof Control control && control.getTooltip() != null) {
            Tooltip tip = control.getTooltip();
            control.setTooltip(null);
            restore.add(() -> control.setTooltip(tip));
        } else if (root.getProperties().get(MetricDefinitions.TOOLTIP_KEY) instanceof Tooltip tip) {
            Tooltip.uninstall(root, tip);
            restore.add(() -> Tooltip.install(root, tip));
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                off(child);
            }
        }
    }

    /** Puts back what {@link #off(Node)} took. */
    void restore() {
        restore.forEach(Runnable::run);
        restore.clear();
    }
}
