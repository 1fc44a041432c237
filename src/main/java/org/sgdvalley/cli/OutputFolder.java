package org.sgdvalley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks, before any work, that results can be written into the output folder. */
final class OutputFolder {
    private OutputFolder() {
    }

    /**
     * Fails with an {@link InputException} when {@code dir} is a file, lies under a file or an
     * unwritable folder, or already holds one of {@code results} and {@code force} is false.
     */
    static void check(Path dir, boolean force, List<String> results) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException("--out: " + dir + " is a file, expected a folder");
        }
        if (Files.isDirectory(dir)) {
            for (String name : results) {
                if (!force && Files.exists(dir.resolve(name))) {
                    throw new InputException("--out: " + dir + " already holds results (" + name
                            + "); pass --force to overwrite them");
                }
            }
        }
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new InputException("--out: cannot create or write " + dir + " (" + existing
                    + " is not a writable folder)");
        }
    }
}
