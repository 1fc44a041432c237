package org.sgdvalley.ui.model;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.sgdvalley.ui.base.DrawnLayout;
import org.sgdvalley.ui.plot.Axis;
import org.sgdvalley.ui.plot.AxisScale;
import org.sgdvalley.ui.plot.AxisTicks;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.TextMeasure;
import org.sgdvalley.ui.plot.Range;

/**
 * A canvas area with a title, a key of at most {@link #KEY_ROWS} lines under it, outside the data, and
 * two linear axes, in which a {@link ModelPainter} draws the model. It keeps the boxes of the text it
 * drew ({@link #layout()}).
 */
public final class PictureFrame {
    /** Measures text for every frame; used on the JavaFX thread only, as the pictures are drawn there. */
    private static final TextMeasure TEXT = new TextMeasure();
    /** Lines of the key between the title and the data. */
    static final int KEY_ROWS = 2;
    /** The smallest share of its size a title or key line may shrink to before it is shortened. */
    private static final double MIN_SHRINK = 0.75;
    private final GraphicsContext g;
    private final double width;
    private final double height;
    private final PlotTheme theme;
    private final HeldRanges held;
    private final List<DrawnLayout.DrawnText> texts = new ArrayList<>();
    private final List<Rectangle2D> keys = new ArrayList<>();
    private Rectangle2D dataArea = Rectangle2D.EMPTY;
    private Axis x;
    private Axis y;
    /** How far the key moves down for a title on two lines. */
    private double keyShift;

    PictureFrame(GraphicsContext g, double width, double height, PlotTheme theme, HeldRanges held) {
        this.g = g;
        this.width = width;
        this.height = height;
        this.theme = theme;
        this.held = held;
    }

    /**
     * The union of every range drawn while it is kept, so that the frames of an animation share their
     * axes instead of each fitting its own picture.
     */
    static final class HeldRanges {
        private Range x;
        private Range y;

        private static Range union(Range held, Range now) {
            return held == null ? now : new Range(Math.min(held.min(), now.min()), Math.max(held.max(), now.max()));
        }
    }

    public GraphicsContext g() {
        return g;
    }

    public PlotTheme theme() {
        return theme;
    }

    public Axis x() {
        return x;
    }

    public Axis y() {
        return y;
    }

    /** Where the text drawn so far lies, and the data area; no key covers data, as the key lies above it. */
    public DrawnLayout layout() {
        return new DrawnLayout(dataArea, texts, keys, 0);
    }

    /**
     * Clears the area and draws the title (on two lines when one is too narrow for it), axes, ticks and
     * labels for the given ranges.
     */
    public void axes(String title, String xLabel, Range xRange, String yLabel, Range yRange) {
        double font = theme.fontSize();
        g.setFill(theme.background());
        g.fillRect(0, 0, width, height);
        texts.clear();
        keys.clear();
        g.setFill(theme.foreground());
        keyShift = 1.3 * (title(title, font) - 1) * font;
        double left = 5.5 * font;
        double bottom = height - 3.2 * font;
        double top = (2.4 + 1.3 * KEY_ROWS) * font + keyShift; // room for the top tick label's upper half
        double right = width - 1.2 * font;
        dataArea = new Rectangle2D(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
        Range xShown = xRange;
        Range yShown = yRange;
        if (held != null) {
            xShown = held.x = HeldRanges.union(held.x, xRange);
            yShown = held.y = HeldRanges.union(held.y, yRange);
        }
        x = new Axis(AxisScale.LINEAR, xShown, left, right);
        y = new Axis(AxisScale.LINEAR, yShown, bottom, top);
        g.setFont(Font.font(font));
        drawTicks(left, right, top, bottom, font);
        text(xLabel, (left + right) / 2, height - 0.2 * font, TextAlignment.CENTER, VPos.BOTTOM, width);
        yLabel(yLabel, (top + bottom) / 2, font);
        g.setFont(Font.font(font));
        g.setStroke(theme.foreground());
        g.setLineWidth(theme.lineScale());
        g.strokeRect(left, top, right - left, bottom - top);
    }

    /**
     * The y label turned a quarter left, centred on the data where it fits; the left margin from under
     * the key to the bottom is free for it, so a label longer than the data is tall moves into that
     * room rather than over the key.
     */
    private void yLabel(String label, double centre, double font) {
        double from = keyTop(KEY_ROWS - 1, font) + lineHeight(Font.font(font)) + 0.2 * font;
        double to = height - 0.2 * font;
        g.setFont(fitted(label, font, to - from));
        String shown = shortened(label, g.getFont(), to - from);
        double length = measure(shown, g.getFont());
        double middle = Math.max(from + length / 2, Math.min(centre, to - length / 2));
        g.save();
        g.translate(0.2 * font, middle);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(shown, 0, 0);
        g.restore();
        texts.add(new DrawnLayout.DrawnText(shown, new Rectangle2D(0.2 * font, middle - length / 2,
                lineHeight(g.getFont()), length), !shown.equals(label)));
    }

    private void drawTicks(double left, double right, double top, double bottom, double font) {
        AxisTicks xt = x.ticks(Math.max(2, (int) ((right - left) / (6 * font))));
        AxisTicks yt = y.ticks(Math.max(2, (int) ((bottom - top) / (2.5 * font))));
        g.setStroke(theme.grid());
        g.setLineWidth(1);
        g.beginPath();
        for (double v : xt.major()) {
            g.moveTo(x.toPixel(v), top);
            g.lineTo(x.toPixel(v), bottom);
        }
        for (double v : yt.major()) {
            g.moveTo(left, y.toPixel(v));
            g.lineTo(right, y.toPixel(v));
        }
        g.stroke();
        g.setFill(theme.foreground());
        int before = texts.size();
        for (int i = 0; i < xt.major().length; i++) {
            tick(xt.labels()[i], x.toPixel(xt.major()[i]), bottom + 0.3 * font, TextAlignment.CENTER, VPos.TOP, width,
                    before);
        }
        for (int i = 0; i < yt.major().length; i++) {
            tick(yt.labels()[i], left - 0.4 * font, y.toPixel(yt.major()[i]), TextAlignment.RIGHT, VPos.CENTER, left,
                    before);
        }
    }

    /** A tick label, left out where it would touch a tick label drawn before it (those from {@code first} on). */
    private void tick(String label, double x, double y, TextAlignment align, VPos baseline, double room, int first) {
        Rectangle2D box = anchored(measure(label, g.getFont()), lineHeight(g.getFont()), x, y, align, baseline);
        if (texts.subList(first, texts.size()).stream().noneMatch(t -> t.box().intersects(box))) {
            text(label, x, y, align, baseline, room);
        }
    }

    /**
     * Draws one line of the key ({@code row} from 0, at most {@link #KEY_ROWS} - 1) under the title,
     * above the data: it never covers what is drawn.
     */
    public void legend(String text, Color color, int row) {
        double font = theme.fontSize();
        double left = 0.4 * font;
        double room = width - 0.8 * font;
        g.setFont(fitted(text, font, room));
        g.setFill(color);
        keys.add(text(text, left, keyTop(Math.min(row, KEY_ROWS - 1), font), TextAlignment.LEFT, VPos.TOP, room));
    }

    /** The top of the key's line {@code row}, under the title. */
    private double keyTop(int row, double font) {
        return (1.7 + row * 1.3) * font + keyShift;
    }

    /**
     * The title on the first line, or, when it does not fit there even shrunk, broken between words
     * into two lines of about equal width; returns how many lines it took.
     */
    private int title(String title, double font) {
        double room = width - 0.8 * font;
        List<String> lines = measure(title, Font.font(MIN_SHRINK * font)) <= room ? List.of(title)
                : twoLines(title, Font.font(font));
        for (int i = 0; i < lines.size(); i++) {
            g.setFont(fitted(lines.get(i), font, room));
            text(lines.get(i), 0.4 * font, (0.3 + 1.3 * i) * font, TextAlignment.LEFT, VPos.TOP, room);
        }
        return lines.size();
    }

    /** {@code text} split at the space that makes its wider half narrowest (itself when it has no space). */
    private static List<String> twoLines(String text, Font font) {
        List<String> best = List.of(text);
        double widest = Double.MAX_VALUE;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            String first = text.substring(0, i);
            String second = text.substring(i + 1);
            double w = Math.max(measure(first, font), measure(second, font));
            if (w < widest) {
                widest = w;
                best = List.of(first, second);
            }
        }
        return best;
    }

    /** The font of {@code size} for {@code text}, smaller when the text is wider than {@code room} (to a limit). */
    private static Font fitted(String text, double size, double room) {
        double shrink = Math.min(1, room / measure(text, Font.font(size)));
        return Font.font(Math.max(MIN_SHRINK, shrink) * size);
    }

    /**
     * Draws {@code text} anchored at (x, y), shortened with an ellipsis to {@code room} pixels if it is
     * wider, and records its box.
     */
    private Rectangle2D text(String text, double x, double y, TextAlignment align, VPos baseline, double room) {
        Font font = g.getFont();
        String shown = shortened(text, font, room);
        Rectangle2D box = anchored(measure(shown, font), lineHeight(font), x, y, align, baseline);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(shown, box.getMinX(), box.getMinY());
        texts.add(new DrawnLayout.DrawnText(shown, box, !shown.equals(text)));
        return box;
    }

    /** {@code text}, shortened with an ellipsis to at most {@code room} pixels wide. */
    private static String shortened(String text, Font font, double room) {
        String shown = text;
        while (measure(shown, font) > room && shown.length() > 1) {
            shown = shown.substring(0, shown.length() - (shown.endsWith("…") ? 2 : 1)) + "…";
        }
        return shown;
    }

    /** The box of a w x h text anchored at (x, y) as {@code align} and {@code baseline} say. */
    private static Rectangle2D anchored(double w, double h, double x, double y, TextAlignment align, VPos baseline) {
        double left = align == TextAlignment.CENTER ? x - w / 2 : align == TextAlignment.RIGHT ? x - w : x;
        double top = baseline == VPos.CENTER ? y - h / 2 : baseline == VPos.BOTTOM ? y - h : y;
        return new Rectangle2D(left, top, w, h);
    }

    private static double measure(String text, Font font) {
        return TEXT.width(text, font);
    }

    private static double lineHeight(Font font) {
        return TEXT.height(font);
    }
}
