package org.sgdvalley.preset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * Loads preset YAML into an {@link ExperimentSpec}. Every problem (unreadable file, YAML syntax,
 * unknown or missing key, wrong type, out-of-range value, sizes too large for memory) is a
 * {@link PresetException} whose one-line message names the field path and what is allowed.
 */
public final class PresetLoader {
    private PresetLoader() {
    }

    /** Loads a preset file. */
    public static ExperimentSpec load(Path file) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new PresetException(source, "is a directory, expected a preset .yaml file");
        }
        if (!Files.isRegularFile(file)) {
            throw new PresetException(source, "no such preset file");
        }
        try {
            if (Files.size(file) > YamlTree.MAX_BYTES) {
                throw new PresetException(source, "file is larger than 1 MB (" + Files.size(file) + " bytes)");
            }
            return parse(Files.readAllBytes(file), source);
        } catch (IOException e) {
            throw new PresetException(source, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Checks a spec that did not come from a preset file (a saved session, a preset with command-line
     * overrides) by the same code as a preset: written back as a preset's tree and read again.
     *
     * @return the spec as the preset reader builds it
     * @throws PresetException naming the field path and what is allowed
     */
    public static ExperimentSpec check(ExperimentSpec spec) {
        return PresetReader.read(SpecTree.of(spec), spec.name() == null ? "spec" : spec.name());
    }

    /** Loads preset bytes; {@code source} names them in messages about the whole file. */
    public static ExperimentSpec parse(byte[] yaml, String source) {
        return PresetReader.read(YamlTree.parse(yaml, source), source);
    }
}
