package org.sgdvalley.ui;

import java.nio.file.Path;
import java.util.List;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * How the window starts: the presets to offer and the one to open, whether to play at once, and
 * an optional screenshot of the whole window once every run has done {@code afterSteps} steps
 * (then the app exits).
 */
public record GuiOptions(List<ExperimentSpec> presets, ExperimentSpec initial, boolean autoplay, Path screenshot,
                         long afterSteps) {

    public GuiOptions {
        presets = List.copyOf(presets);
    }
}
