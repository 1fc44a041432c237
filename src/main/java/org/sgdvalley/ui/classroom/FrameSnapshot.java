package org.sgdvalley.ui.classroom;

import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import org.sgdvalley.export.PngExporter;

/**
 * A picture of a view for a slide or an animation frame: the view as shown, without its input
 * controls (the sparsity chooser, buttons, sliders, fields), which would only cover the plots.
 */
final class FrameSnapshot {
    private FrameSnapshot() {
    }

    /** Snapshots {@code view} at {@code scale} with its input controls faded out for the moment. */
    static WritableImage of(Node view, int scale) {
        Runnable unfade = InputControls.fade(view);
        try {
            return PngExporter.snapshot(view, scale);
        } finally {
            unfade.run();
        }
    }
}
