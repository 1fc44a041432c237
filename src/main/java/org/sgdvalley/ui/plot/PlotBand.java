package org.sgdvalley.ui.plot;

import javafx.scene.paint.Color;

/**
 * A shaded area between two series, drawn column by column between their last values
 * (e.g. the bounce height between the valley floor loss and the train loss).
 *
 * @param lower the lower edge
 * @param upper the upper edge
 * @param fill the shade, usually translucent
 */
public record PlotBand(PlotSeries lower, PlotSeries upper, Color fill) {
}
