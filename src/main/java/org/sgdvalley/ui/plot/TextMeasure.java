package org.sgdvalley.ui.plot;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures strings in a font, reusing one {@link Text} node. */
public final class TextMeasure {

    private static final String ELLIPSIS = "\u2026";

    private final Text text = new Text();

    /** The width of {@code s} in pixels when drawn in {@code font}. */
    public double width(String s, Font font) {
        text.setFont(font);
        text.setText(s);
        return text.getLayoutBounds().getWidth();
    }

    /** The height of a line of text in {@code font}. */
    public double height(Font font) {
        text.setFont(font);
        text.setText("Xg");
        return text.getLayoutBounds().getHeight();
    }

    /** {@code s} itself if it is at most {@code max} wide, else its longest start that fits with an ellipsis. */
    public String fit(String s, Font font, double max) {
        if (width(s, font) <= max) {
            return s;
        }
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(s.substring(0, mid) + ELLIPSIS, font) <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return s.substring(0, lo) + ELLIPSIS;
    }
}
