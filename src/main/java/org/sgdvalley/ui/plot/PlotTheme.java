package org.sgdvalley.ui.plot;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * Colours and sizes of a plot's frame (series colours come from each {@link SeriesStyle}).
 *
 * @param background fill behind everything
 * @param foreground axes, tick labels, titles, legend text
 * @param grid grid lines
 * @param fontScale multiplies the base font size (12 px)
 * @param lineScale multiplies every line width
 */
public record PlotTheme(Color background, Color foreground, Color grid, double fontScale, double lineScale) {

    /** Dark text on white, for screens and print. */
    public static final PlotTheme LIGHT = new PlotTheme(Color.WHITE, Color.rgb(30, 30, 30), Color.rgb(225, 225, 225), 1, 1);

    /** Light text on near-black, for a dark desktop. */
    public static final PlotTheme DARK = new PlotTheme(Color.rgb(24, 24, 27), Color.rgb(230, 230, 230), Color.rgb(60, 60, 66), 1, 1);

    /** High contrast, twice the type and thick lines, readable from the back of a lecture hall. */
    public static final PlotTheme PRESENTATION = new PlotTheme(Color.WHITE, Color.BLACK, Color.rgb(200, 200, 200), 2, 2);

    /**
     * The Okabe-Ito palette, distinguishable with the common colour-vision deficiencies, ordered for
     * plotting: blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow, black.
     */
    public static final List<Color> OKABE_ITO = List.of(
            Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"), Color.web("#E69F00"),
            Color.web("#CC79A7"), Color.web("#56B4E9"), Color.web("#F0E442"), Color.web("#000000"));

    /** Checks that the colours are present and the scales positive. */
    public PlotTheme {
        if (background == null || foreground == null || grid == null) {
            throw new IllegalArgumentException("theme colours must not be null");
        }
        if (!(fontScale > 0 && lineScale > 0)) {
            throw new IllegalArgumentException("theme scales must be positive");
        }
    }

    /** The font size in pixels. */
    public double fontSize() {
        return 12 * fontScale;
    }

    /** The i-th palette colour, cycling. */
    public static Color paletteColor(int i) {
        return OKABE_ITO.get(Math.floorMod(i, OKABE_ITO.size()));
    }
}
