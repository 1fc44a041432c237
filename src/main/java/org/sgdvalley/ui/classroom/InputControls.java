package org.sgdvalley.ui.classroom;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;

/**
 * The input controls in a part of the window (the sparsity chooser, buttons, sliders, fields, and the
 * labels naming them),
 * faded out of a picture or of presenter view and back. Faded rather than hidden: some controls'
 * visibility follows the state they act on, and the layout must not move.
 */
final class InputControls {
    private InputControls() {
    }

    /** Fades out every input control under {@code root}; running the result fades them back. */
    static Runnable fade(Node root) {
        List<Runnable> restore = new ArrayList<>();
        fade(root, restore);
        return () -> restore.forEach(Runnable::run);
    }

    private static void fade(Node node, List<Runnable> restore) {
        // hidden ones too: a control shown later (another tab, another preset's chooser) stays faded
        if (isInput(node)) {
            double opacity = node.getOpacity();
            boolean transparent = node.isMouseTransparent();
            node.setOpacity(0);
            node.setMouseTransparent(true);
            restore.add(() -> {
                node.setOpacity(opacity);
                node.setMouseTransparent(transparent);
            });
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                fade(child, restore);
            }
        }
    }

    /** An input control, or a label naming one ("Jump to"), which means nothing once its control is gone. */
    private static boolean isInput(Node node) {
        if (node instanceof Label label && label.getLabelFor() != null) {
            return isInput(label.getLabelFor());
        }
        return node instanceof ButtonBase || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>
                || node instanceof Slider || node instanceof Spinner<?> || node instanceof TextInputControl;
    }
}
