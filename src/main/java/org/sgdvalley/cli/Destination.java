package org.sgdvalley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks, before any work, that the files and folders a command will write can be written: the
 * names are ones the file system takes, the folders exist or can be created and are writable, and
 * nothing is there already unless {@code --force}.
 */
final class Destination {
    /** Longest file name, in bytes, of the common file systems (ext4, APFS, NTFS, FAT long names). */
    static final int MAX_NAME_BYTES = 255;

    private Destination() {
    }

    /**
     * Fails with an {@link InputException} naming {@code option} when {@code dir} is empty, a file, lies
     * under a file or an unwritable folder, or already holds one of {@code results} and {@code force}
     * is false.
     */
    static void checkFolder(String option, Path dir, boolean force, List<String> results) {
        checkNames(option, dir);
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.exists(dir)) {
            throw new InputException(option + ": " + dir + " is a link to nothing (dangling or looping), expected a folder");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(option + ": " + dir + " is a file, expected a folder");
        }
        if (Files.isDirectory(dir)) {
            for (String name : results) {
                if (!force && Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                    throw new InputException(option + ": " + dir + " already holds results (" + name
                            + "); pass --force to overwrite them");
                }
            }
        }
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new InputException(option + ": cannot create or write " + dir + " (" + existing
                    + " is not a writable folder)");
        }
    }

    /**
     * Fails with an {@link InputException} naming {@code option} when {@code file} is empty, a folder,
     * exists (even as a dangling or looping link) and {@code force} is false, or its folder is not writable.
     */
    static void checkFile(String option, Path file, boolean force) {
        checkNames(option, file);
        if (Files.isDirectory(file)) {
            throw new InputException(option + ": " + file + " is a folder, expected a file name");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !force) {
            throw new InputException(option + ": " + file + " already exists; pass --force to overwrite it");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new InputException(option + ": cannot write " + file + " (" + parent + " is not a writable folder)");
        }
    }

    /** Fails when {@code file} is one of the {@code results} written into {@code dir}. */
    static void checkApart(String option, Path file, Path dir, List<String> results, String dirOption) {
        Path folder = canonical(file.toAbsolutePath().normalize().getParent());
        if (folder.equals(canonical(dir.toAbsolutePath().normalize()))
                && results.contains(file.getFileName().toString())) {
            throw new InputException(option + ": " + file + " is one of the results written into " + dirOption + " "
                    + dir + "; choose another file name");
        }
    }

    private static Path canonical(Path path) {
        try {
            return Files.exists(path) ? path.toRealPath() : path;
        } catch (IOException e) {
            return path;
        }
    }

    private static void checkNames(String option, Path path) {
        if (path.toString().isEmpty()) {
            throw new InputException(option + ": must name a " + (option.equals("--out") ? "folder" : "file")
                    + ", got an empty value");
        }
        for (Path name : path) {
            if (name.toString().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                throw new InputException(option + ": the name " + name.toString().substring(0, 20) + "... is longer "
                        + "than " + MAX_NAME_BYTES + " bytes, which file systems refuse");
            }
        }
    }
}
