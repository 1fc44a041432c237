package org.sgdvalley.ui.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.sgdvalley.ui.base.DrawnLayout.DrawnText;

/**
 * The texts and legend boxes drawn in one frame, in view coordinates: what a label about to be placed
 * must not overlap, and what the plot reports as its {@link org.sgdvalley.ui.base.DrawnLayout}.
 */
final class DrawnTexts {

    private final List<DrawnText> texts = new ArrayList<>();
    private final List<Rectangle2D> legends = new ArrayList<>();

    /** Forgets the last frame. */
    void clear() {
        texts.clear();
        legends.clear();
    }

    /** Records a drawn text. */
    void add(String text, Rectangle2D box, boolean shortened) {
        texts.add(new DrawnText(text, box, shortened));
    }

    /** Records a drawn legend box. */
    void addLegend(Rectangle2D box) {
        legends.add(box);
    }

    /** Whether {@code box} is clear of every text and legend recorded so far. */
    boolean isFree(Rectangle2D box) {
        for (DrawnText t : texts) {
            if (t.box().intersects(box)) {
                return false;
            }
        }
        for (Rectangle2D l : legends) {
            if (l.intersects(box)) {
                return false;
            }
        }
        return true;
    }

    List<DrawnText> texts() {
        return texts;
    }

    List<Rectangle2D> legends() {
        return legends;
    }
}
