package org.sgdvalley.ui.plot;

import javafx.scene.paint.Color;

/**
 * A vertical line at an x position with a short label, e.g. "decay", "slider moved", "diverged".
 *
 * @param x the position, in x data units (iterations)
 * @param label text drawn beside the line
 * @param color line and text colour
 */
public record PlotMarker(double x, String label, Color color) {
}
