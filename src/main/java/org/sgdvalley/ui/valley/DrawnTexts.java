package org.sgdvalley.ui.valley;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sgdvalley.ui.base.DrawnLayout;
import org.sgdvalley.ui.plot.TextMeasure;

/**
 * Draws text on a canvas and remembers where: the boxes a {@link DrawnLayout} reports. Also measures
 * and wraps text, so that a title takes a second line rather than being cut.
 */
final class DrawnTexts {
    private final List<DrawnLayout.DrawnText> texts = new ArrayList<>();
    private final TextMeasure measure = new TextMeasure();

    /** Forgets the texts of the last frame. */
    void clear() {
        texts.clear();
    }

    /** The texts drawn since {@link #clear()}. */
    List<DrawnLayout.DrawnText> texts() {
        return List.copyOf(texts);
    }

    /** The width of {@code s} in {@code font}. */
    double width(String s, Font font) {
        return measure.width(s, font);
    }

    /** The height of a line of text in {@code font}. */
    double height(Font font) {
        return measure.height(font);
    }

    /** {@code text} broken into lines no wider than {@code width} (a longer single word keeps its own line). */
    List<String> wrap(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** Fills {@code s} at (x, y) with the context's font, alignment and baseline, and records its box. */
    void fill(GraphicsContext gc, String s, double x, double y) {
        gc.fillText(s, x, y);
        Font font = gc.getFont();
        double w = width(s, font);
        double h = height(font);
        double left = gc.getTextAlign() == TextAlignment.CENTER ? x - w / 2
                : gc.getTextAlign() == TextAlignment.RIGHT ? x - w : x;
        VPos base = gc.getTextBaseline();
        double top = base == VPos.TOP ? y : base == VPos.CENTER ? y - h / 2 : base == VPos.BOTTOM ? y - h : y - 0.8 * h;
        texts.add(new DrawnLayout.DrawnText(s, new Rectangle2D(left, top, w, h), false));
    }

    /** Fills {@code s} turned a quarter left, centred on (cx, cy), and records its box. */
    void fillUpwards(GraphicsContext gc, String s, double cx, double cy) {
        gc.save();
        gc.translate(cx, cy);
        gc.rotate(-90);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(s, 0, 0);
        gc.restore();
        double w = width(s, gc.getFont());
        double h = height(gc.getFont());
        texts.add(new DrawnLayout.DrawnText(s, new Rectangle2D(cx - h / 2, cy - w / 2, h, w), false));
    }
}
