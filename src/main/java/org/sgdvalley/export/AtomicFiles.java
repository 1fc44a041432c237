package org.sgdvalley.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * Writes one file so that readers see either the old content or the complete new one, never a part:
 * a {@link StagedFiles} batch of one. On any failure the temporary file is removed and the target is
 * left as it was.
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
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes UTF-8 text to {@code target}, creating its folder if needed; see {@link #write(Path, boolean, StreamWriter)}. */
    public static void writeText(Path target, boolean overwrite, TextWriter writer) throws IOException {
        try (StagedFiles files = new StagedFiles(overwrite)) {
            files.stageText(target, writer);
            files.publish();
        }
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
        try (StagedFiles files = new StagedFiles(overwrite)) {
            files.stage(target, writer);
            files.publish();
        }
    }

    /**
     * Moves a finished temporary file (from {@link StagedFiles#newTemp}, written e.g. frame by frame)
     * into place; the temporary file is gone afterwards, whatever happens.
     *
     * @throws FileAlreadyExistsException if the target exists and {@code overwrite} is false
     */
    public static void commit(Path temp, Path target, boolean overwrite) throws IOException {
        try (StagedFiles files = new StagedFiles(overwrite)) {
            files.adopt(temp, target);
            files.publish();
        }
    }
}
