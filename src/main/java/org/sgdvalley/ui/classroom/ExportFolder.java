package org.sgdvalley.ui.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where quick exports (S, recordings) go without asking: the system property {@code sgdvalley.exportDir}
 * if set, else a "SGD Valley" folder in the user's Pictures folder (or home folder). Names are numbered
 * so nothing is ever overwritten: {@code diag-sgd-decay-001.png, diag-sgd-decay-002.png, ...}.
 */
public final class ExportFolder {
    /** System property naming the export folder. */
    public static final String PROPERTY = "sgdvalley.exportDir";

    private ExportFolder() {
    }

    /** The export folder, created if missing. */
    public static Path folder() throws IOException {
        String chosen = System.getProperty(PROPERTY);
        Path dir;
        if (chosen != null && !chosen.isBlank()) {
            dir = Path.of(chosen);
        } else {
            Path home = Path.of(System.getProperty("user.home"));
            Path pictures = home.resolve("Pictures");
            dir = (Files.isDirectory(pictures) ? pictures : home).resolve("SGD Valley");
        }
        return Files.createDirectories(dir);
    }

    /** The first {@code stem-NNN.ext} in {@code dir} that does not exist yet (NNN from 001). */
    public static Path nextFree(Path dir, String stem, String ext) {
        String safe = stem.replaceAll("[^A-Za-z0-9._-]+", "-");
        for (int i = 1; ; i++) {
            Path candidate = dir.resolve(String.format("%s-%03d.%s", safe, i, ext));
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }
}
