package org.sgdvalley.cli;

import java.util.List;
import org.sgdvalley.preset.PresetCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code presets}: one line per bundled preset, its name and its title. */
@Command(name = "presets", mixinStandardHelpOptions = true, description = "List the bundled presets.")
final class PresetsCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        List<PresetCatalog.Entry> entries = PresetCatalog.entries();
        int width = entries.stream().mapToInt(e -> e.name().length()).max().orElse(0);
        for (PresetCatalog.Entry entry : entries) {
            spec.commandLine().getOut().printf("%-" + width + "s  %s%n", entry.name(), entry.title());
        }
        spec.commandLine().getOut().flush();
    }
}
