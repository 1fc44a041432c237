package org.sgdvalley.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sgdvalley.session.ExperimentSession;
import org.sgdvalley.session.SessionFile;

/** The {@code --save FILE} of a command: checked before any work, written atomically at the end. */
final class SessionTarget {
    private SessionTarget() {
    }

    /** Fails early when {@code file} exists without {@code force}, is a folder, or its folder is not writable. */
    static void check(Path file, boolean force) {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new InputException("--save: " + file + " is a folder, expected a file name");
        }
        if (Files.exists(file) && !force) {
            throw new InputException("--save: " + file + " already exists; pass --force to overwrite it");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new InputException("--save: cannot write " + file + " (" + parent + " is not a writable folder)");
        }
    }

    /** Writes the session when {@code file} is set. */
    static void save(Path file, boolean force, ExperimentSession session) {
        if (file == null) {
            return;
        }
        try {
            SessionFile.write(file, session, force);
        } catch (FileAlreadyExistsException e) {
            throw new InputException("--save: " + file + " already exists; pass --force to overwrite it");
        } catch (IOException e) {
            throw new InputException("--save: " + e.getMessage());
        }
    }
}
