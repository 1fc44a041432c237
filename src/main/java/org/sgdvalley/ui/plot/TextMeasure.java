package org.sgdvalley.ui.plot;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures the width of a string in a font, reusing one {@link Text} node. */
final class TextMeasure {

    private final Text text = new Text();

    /** The width of {@code s} in pixels when drawn in {@code font}. */
    double width(String s, Font font) {
        text.setFont(font);
        text.setText(s);
        return text.getLayoutBounds().getWidth();
    }
}
