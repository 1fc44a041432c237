package org.sgdvalley.ui.model;

import javafx.scene.paint.Color;
import org.sgdvalley.engine.run.RunStatus;

/** Draws one kind of model (plot 4 of the dashboard) from a run's parameters. */
public interface ModelPainter {

    /** Draws the model of {@code run} (its parameters are a private copy) in {@code color}. */
    void paint(PictureFrame frame, RunStatus run, Color color);
}
