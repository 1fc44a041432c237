package org.sgdvalley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.GuiOptions;
import org.sgdvalley.ui.SgdValleyApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gui}: opens the desktop app, optionally on a preset, playing, or saving a screenshot of the
 * whole window once every run has done N steps (without a display, it renders headless).
 */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the desktop app (the default).")
final class GuiCommand implements Callable<Integer> {
    static final long MAX_STEPS = 1_000_000_000L;

    @Option(names = "--preset", paramLabel = "NAME", description = "Preset to open (a bundled name or a YAML file).")
    private String preset;

    @Option(names = "--autoplay", description = "Start training at once.")
    private boolean autoplay;

    @Option(names = "--screenshot", paramLabel = "FILE", description = "Save the window as PNG, then exit.")
    private Path screenshot;

    @Option(names = "--after-steps", paramLabel = "N", description = "Steps of every run before the screenshot "
            + "(default ${DEFAULT-VALUE}).", defaultValue = "1000")
    private long afterSteps;

    @Option(names = "--force", description = "Overwrite an existing screenshot file.")
    private boolean force;

    @Override
    public Integer call() {
        validate();
        List<ExperimentSpec> presets = PresetCatalog.names().stream().map(PresetCatalog::bundled).toList();
        ExperimentSpec initial = preset == null ? presets.get(0) : PresetCatalog.find(preset);
        if (screenshot != null) {
            Headless.useIfNoDisplay();
        } else if (!Headless.hasDisplay()) {
            throw new InputException("gui: no display to open a window on (DISPLAY is not set); run it under "
                    + "a desktop or xvfb-run, or pass --screenshot FILE to render headless");
        }
        try {
            return SgdValleyApp.launch(new GuiOptions(presets, initial, autoplay,
                    screenshot == null ? null : screenshot.toAbsolutePath(), afterSteps));
        } catch (UnsupportedOperationException noGlass) {
            // JavaFX's Linux window system needs GTK 3, which minimal systems lack
            throw new InputException("gui: cannot open a window (" + noGlass.getMessage() + "); install GTK 3, "
                    + "e.g. 'apt-get install libgtk-3-0', or pass --screenshot FILE to render headless");
        }
    }

    private void validate() {
        if (afterSteps < 1 || afterSteps > MAX_STEPS) {
            throw new InputException("--after-steps: must be an integer in [1, " + MAX_STEPS + "], got " + afterSteps);
        }
        if (screenshot == null) {
            return;
        }
        if (!screenshot.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            throw new InputException("--screenshot: must be a file name ending in .png, got " + screenshot);
        }
        if (Files.exists(screenshot) && !force) {
            throw new InputException("--screenshot: " + screenshot + " exists; pass --force to overwrite it");
        }
        Path parent = screenshot.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new InputException("--screenshot: the folder " + parent + " does not exist or is not writable");
        }
    }
}
