package org.sgdvalley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.geometry.Dimension2D;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.GuiOptions;
import org.sgdvalley.ui.SgdValleyApp;
import org.sgdvalley.ui.classroom.RecordingSpec;
import org.sgdvalley.ui.classroom.StartOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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

    @Option(names = "--view", paramLabel = "NAME", description = "View to open: dashboard or valley "
            + "(default ${DEFAULT-VALUE}).", defaultValue = "dashboard")
    private String view;

    @Option(names = "--force", description = "Overwrite an existing screenshot or recording.")
    private boolean force;

    @Option(names = "--presenter", description = "Open in presenter view: full screen, large type, controls on demand.")
    private boolean presenter;

    @Option(names = "--record", paramLabel = "FILE", description = "Record the dashboard over the first N steps "
            + "(--after-steps) as an animated GIF (FILE.gif) or numbered PNGs (FILE.png), then exit.")
    private Path record;

    @Option(names = "--frames", paramLabel = "K", description = "Frames of the recording (default ${DEFAULT-VALUE}).",
            defaultValue = "40")
    private int frames;

    @Option(names = "--fps", paramLabel = "R", description = "Frames per second of the recording "
            + "(default ${DEFAULT-VALUE}).", defaultValue = "10")
    private double fps;

    @Option(names = "--size", paramLabel = "WxH", description = "Window size (default: fitted to the screen), or "
            + "frame size of the recording (default 960x600).")
    private String size;

    @Option(names = "--startup-probe", hidden = true, description = "Print when the window first shows content and "
            + "when its native libraries have loaded, then exit (start-up measurements).")
    private boolean startupProbe;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        validate();
        LinalgPreload.start();
        Dimension2D windowSize = windowSize();
        List<ExperimentSpec> presets = PresetCatalog.names().stream().map(PresetCatalog::bundled).toList();
        ExperimentSpec initial = preset == null ? presets.get(0) : PresetCatalog.find(preset);
        RecordingSpec recording = recording();
        if (startupProbe) {
            SgdValleyApp.exitAfterStartup(spec.commandLine().getOut()::println);
        }
        if (screenshot != null || recording != null || startupProbe) {
            Headless.useIfNoDisplay();
        } else if (!Headless.hasDisplay()) {
            throw new InputException("gui: no display to open a window on (" + Headless.whyNoDisplay()
                    + "); run it under a desktop or xvfb-run, or pass --screenshot FILE to render headless");
        }
        LinalgPreload.await();
        try {
            return SgdValleyApp.launch(new GuiOptions(presets, initial, autoplay && recording == null,
                    screenshot == null ? null : screenshot.toAbsolutePath(), afterSteps, view, force, windowSize),
                    new StartOptions(presenter, recording,
                            spec.commandLine().getErr()::println));
        } catch (UnsupportedOperationException noGlass) {
            // JavaFX's Linux window system needs GTK 3, which minimal systems lack
            throw new InputException("gui: cannot open a window (" + noGlass.getMessage() + "); install GTK 3, "
                    + "e.g. 'apt-get install libgtk-3-0', or pass --screenshot FILE to render headless");
        }
    }

    private RecordingSpec recording() {
        if (record == null) {
            return null;
        }
        if (screenshot != null) {
            throw new InputException("--record and --screenshot: choose one");
        }
        RecordingSpec spec;
        try {
            int[] wh = size == null
                    ? new int[] {RecordingSpec.DEFAULT_WIDTH,
                        RecordingSpec.DEFAULT_HEIGHT}
                    : RecordingSpec.parseSize(size);
            spec = new RecordingSpec(record.toAbsolutePath(), frames, fps, wh[0], wh[1],
                    afterSteps, force);
        } catch (IllegalArgumentException invalid) {
            throw new InputException(invalid.getMessage());
        }
        Destination.checkFile("--record", record, force);
        return spec;
    }

    /** The window size --size names, when not recording (null: fitted to the screen). */
    private Dimension2D windowSize() {
        if (size == null || record != null) {
            return null;
        }
        try {
            return GuiOptions.windowSize(size);
        } catch (IllegalArgumentException invalid) {
            throw new InputException(invalid.getMessage());
        }
    }

    private void validate() {
        if (!GuiOptions.VIEWS.contains(view)) {
            throw new InputException("--view: must be one of " + String.join(", ", GuiOptions.VIEWS) + ", got " + view);
        }
        if (afterSteps < 1 || afterSteps > MAX_STEPS) {
            throw new InputException("--after-steps: must be an integer in [1, " + MAX_STEPS + "], got " + afterSteps);
        }
        if (screenshot == null) {
            return;
        }
        if (!screenshot.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new InputException("--screenshot: must be a file name ending in .png, got " + screenshot);
        }
        Destination.checkFile("--screenshot", screenshot, force);
    }
}
