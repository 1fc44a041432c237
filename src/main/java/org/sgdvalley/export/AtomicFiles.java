package org.sgdvalley.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that readers see either the old content or the complete new one, never a part:
 * the content goes to a temporary file in the target's folder, is flushed to disk, then moved into place.
 * On any failure the temporary file is removed and the target is left as it was.
 */
public final class AtomicFiles {

    /** Writes content to an output stream; the stream is closed by {@link AtomicFiles}. */
    @FunctionalInterface
    public interface StreamWriter {
        /** Writes the whole content to {@code out}. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes text content; the writer is flushed and closed by {@link AtomicFiles}. */
    @FunctionalInterface
    public interface TextWriter {
        /** Writes the whole text to {@code out}. */
        void writeTo(java.io.Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes UTF-8 text to {@code target}, creating its folder if needed; see {@link #write(Path, boolean, StreamWriter)}. */
    public static void writeText(Path target, boolean overwrite, TextWriter writer) throws IOException {
        Files.createDirectories(target.toAbsolutePath().normalize().getParent());
        write(target, overwrite, out -> {
            java.io.Writer text = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            writer.writeTo(text);
            text.flush();
        });
    }

    /**
     * Writes bytes to {@code target}.
     *
     * @param overwrite whether an existing file may be replaced
     * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is false
     * @throws IOException with a short message naming the path when writing fails
     */
    public static void write(Path target, byte[] bytes, boolean overwrite) throws IOException {
        write(target, overwrite, out -> out.write(bytes));
    }

    /**
     * Writes what {@code writer} produces to {@code target}.
     *
     * @param overwrite whether an existing file may be replaced
     * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is false
     * @throws IOException with a short message naming the path when writing fails, or the writer's own
     */
    public static void write(Path target, boolean overwrite, StreamWriter writer) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (!overwrite && Files.exists(file)) {
            throw refused(file);
        }
        Path temp;
        try {
            temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new IOException("Cannot write " + file + ": " + reason(e, dir), e);
        }
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            ordinaryPermissions(temp, file);
            moveIntoPlace(temp, file, overwrite);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Temporary files are private (rw-------); the file in place should read like any other the user
     * saves: the replaced file's permissions, or rw-r--r-- for a new one.
     */
    private static void ordinaryPermissions(Path temp, Path file) throws IOException {
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var permissions = Files.exists(file) ? Files.getPosixFilePermissions(file)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static void moveIntoPlace(Path temp, Path file, boolean overwrite) throws IOException {
        try {
            if (overwrite) {
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                // A rename would silently replace a file created meanwhile; a hard link fails instead.
                try {
                    Files.createLink(file, temp);
                } catch (UnsupportedOperationException e) {
                    Files.move(temp, file);
                }
            }
        } catch (FileAlreadyExistsException e) {
            throw refused(file);
        } catch (IOException e) {
            throw new IOException("Cannot write " + file + ": " + reason(e, file.getParent()), e);
        }
    }

    private static FileAlreadyExistsException refused(Path file) {
        return new FileAlreadyExistsException(file.toString(), null, "file exists, not overwriting");
    }

    private static String reason(IOException e, Path where) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "folder " + where + " does not exist";
        }
        if (e instanceof NotDirectoryException || !Files.isDirectory(where)) {
            return where + " is not a folder";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
