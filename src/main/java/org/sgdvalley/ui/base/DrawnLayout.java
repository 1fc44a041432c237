package org.sgdvalley.ui.base;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where a canvas-drawn picture put its data and its text in the last frame, in the picture's own
 * coordinates: what a layout check reads to find truncated or overprinted text and legends over data,
 * without reading pixels.
 *
 * @param dataArea the rectangle the data is drawn in
 * @param texts every text drawn: titles, axis labels, ticks, legend entries, direct labels, annotations
 * @param legends the boxes of legends drawn over or beside the data
 * @param legendCoverOfData the fraction of the drawn data (points or pixels of curves) that legends and
 *     labels cover, from 0 to 1
 */
public record DrawnLayout(Rectangle2D dataArea, List<DrawnText> texts, List<Rectangle2D> legends,
        double legendCoverOfData) {

    /** Copies the lists. */
    public DrawnLayout {
        texts = List.copyOf(texts);
        legends = List.copyOf(legends);
    }

    /**
     * One drawn text.
     *
     * @param text what was drawn, after any shortening
     * @param box its bounds
     * @param shortened whether it was cut or elided to fit
     */
    public record DrawnText(String text, Rectangle2D box, boolean shortened) {
    }

    /** A picture that reports its layout. */
    public interface Source {
        /** The layout of the last frame drawn. */
        DrawnLayout drawnLayout();
    }
}
