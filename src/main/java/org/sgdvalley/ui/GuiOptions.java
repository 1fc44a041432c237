package org.sgdvalley.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Dimension2D;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * How the window starts: the presets to offer and the one to open, whether to play at once, and
 * an optional screenshot of the whole window once every run has done {@code afterSteps} steps
 * (then the app exits), which replaces an existing file only when {@code overwrite}. The window takes
 * {@code size} when given, else a size fitted to its screen (see {@link WindowPlacement}).
 */
public record GuiOptions(List<ExperimentSpec> presets, ExperimentSpec initial, boolean autoplay, Path screenshot,
                         long afterSteps, String view, boolean overwrite, Dimension2D size) {

    /** The views {@code gui --view} accepts. */
    public static final List<String> VIEWS = List.of("dashboard", "valley");
    /** The largest window {@code gui --size} lays out (8K). */
    public static final int MAX_WIDTH = 7680;
    public static final int MAX_HEIGHT = 4320;

    public GuiOptions {
        presets = List.copyOf(presets);
        view = view == null ? "dashboard" : view;
    }

    /** Options opening on the dashboard, sized to the screen. */
    public GuiOptions(List<ExperimentSpec> presets, ExperimentSpec initial, boolean autoplay, Path screenshot,
                      long afterSteps) {
        this(presets, initial, autoplay, screenshot, afterSteps, "dashboard", false, null);
    }

    /**
     * The window size {@code text} ("WIDTHxHEIGHT") names, or an exception whose one-line message names
     * {@code --size} and the allowed range: from the minimum at which every control is whole to 8K.
     */
    public static Dimension2D windowSize(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split("x", -1);
        try {
            if (parts.length == 2) {
                int w = Integer.parseInt(parts[0].trim());
                int h = Integer.parseInt(parts[1].trim());
                if (w >= WindowPlacement.MIN_WIDTH && w <= MAX_WIDTH
                        && h >= WindowPlacement.MIN_HEIGHT && h <= MAX_HEIGHT) {
                    return new Dimension2D(w, h);
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException(String.format(
                "--size: must be WIDTHxHEIGHT with width in [%d, %d] and height in [%d, %d], got %s",
                (int) WindowPlacement.MIN_WIDTH, MAX_WIDTH, (int) WindowPlacement.MIN_HEIGHT, MAX_HEIGHT, text));
    }
}
