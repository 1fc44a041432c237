package org.sgdvalley.preset;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * The presets bundled with the application (the {@code presets/} folder, copied into the jar with
 * an index), and lookup of a preset by bundled name or by file path.
 */
public final class PresetCatalog {
    private static final String FOLDER = "/presets/";
    private static final String INDEX = FOLDER + "index.txt";

    private PresetCatalog() {
    }

    /** A bundled preset: its name and its one-line title. */
    public record Entry(String name, String title) { }

    /** Names of the bundled presets, in the index's order. */
    public static List<String> names() {
        String index = new String(resource(INDEX), StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        for (String line : index.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /** Every bundled preset with its title. */
    public static List<Entry> entries() {
        return names().stream().map(name -> new Entry(name, bundled(name).title())).toList();
    }

    /** Loads the bundled preset called {@code name}. */
    public static ExperimentSpec bundled(String name) {
        if (!names().contains(name)) {
            throw new PresetException(name, "no bundled preset of that name, bundled: " + String.join(", ", names()));
        }
        return PresetLoader.parse(resource(FOLDER + name + ".yaml"), name + ".yaml");
    }

    /**
     * A bundled preset by name, or a preset file by path: a value naming an existing file, or ending
     * in {@code .yaml} or {@code .yml}, is read as a path.
     */
    public static ExperimentSpec find(String nameOrPath) {
        Path path;
        try {
            path = Path.of(nameOrPath);
        } catch (InvalidPathException e) {
            throw new PresetException(nameOrPath, "neither a bundled preset nor a valid file path");
        }
        boolean looksLikeFile = nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml")
                || nameOrPath.contains("/") || nameOrPath.contains(File.separator);
        if (looksLikeFile || Files.exists(path) && !names().contains(nameOrPath)) {
            return PresetLoader.load(path);
        }
        return bundled(nameOrPath);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PresetCatalog.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled resource " + name, e);
        }
    }
}
