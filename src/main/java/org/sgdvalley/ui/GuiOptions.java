package org.sgdvalley.ui;

import java.nio.file.Path;
import java.util.List;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * How the window starts: the presets to offer and the one to open, whether to play at once, and
 * an optional screenshot of the whole window once every run has done {@code afterSteps} steps
 * (then the app exits), which replaces an existing file only when {@code overwrite}.
 */
public record GuiOptions(List<ExperimentSpec> presets, ExperimentSpec initial, boolean autoplay, Path screenshot,
                         long afterSteps, String view, boolean overwrite) {

    /** The views {@code gui --view} accepts. */
    public static final List<String> VIEWS = List.of("dashboard", "valley");

    public GuiOptions {
        presets = List.copyOf(presets);
        view = view == null ? "dashboard" : view;
    }

    /** Options opening on the dashboard. */
    public GuiOptions(List<ExperimentSpec> presets, ExperimentSpec initial, boolean autoplay, Path screenshot,
                      long afterSteps) {
        this(presets, initial, autoplay, screenshot, afterSteps, "dashboard", false);
    }
}
