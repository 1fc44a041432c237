package org.sgdvalley.ui.plot;

import javafx.scene.paint.Color;

/**
 * A text placed at a data position, e.g. "valley floor".
 *
 * @param x horizontal position in data units
 * @param y vertical position in data units
 * @param text the text; its left end of the baseline sits at (x, y)
 * @param color text colour
 */
public record PlotAnnotation(double x, double y, String text, Color color) {
}
