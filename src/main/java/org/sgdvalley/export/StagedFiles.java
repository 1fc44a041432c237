package org.sgdvalley.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Output files that a command writes all or none of. {@link #stage} writes each file's whole content
 * to a temporary file beside its target and flushes it to disk; {@link #publish} then puts every one in
 * place; {@link #close} (always call it, e.g. with try-with-resources) takes back what a failed or
 * interrupted publish had put in place, removes the temporary files and the folders it created. A
 * disk that fills up, a name the file system refuses or a file that appears meanwhile leave nothing.
 *
 * <p>Without {@code overwrite} a file is put in place with create-new semantics, so even a file
 * created by another process between the checks and the end is never replaced: a hard link (which
 * fails if the name exists), or where the file system has no hard links (FAT and exFAT refuse them
 * with EPERM) the name reserved by an exclusive create and the content renamed over the reservation.
 * With {@code overwrite} a file is renamed over the old one, which is kept aside until every file is
 * in place and put back if any fails.
 */
public final class StagedFiles implements AutoCloseable {
    private final boolean overwrite;
    private final HardLinks links;
    private final List<Staged> staged = new ArrayList<>();
    private final Deque<Path> createdFolders = new ArrayDeque<>();
    private boolean published;
    private boolean closed;

    private static final class Staged {
        final Path target;
        Path temp;
        Path backup;
        boolean inPlace;

        Staged(Path target) {
            this.target = target;
        }
    }

    /** How a new name is given to a finished file; {@link Files#createLink} but in tests of other file systems. */
    @FunctionalInterface
    interface HardLinks {
        void link(Path link, Path existing) throws IOException;
    }

    /** A batch whose files may replace existing ones only when {@code overwrite}. */
    public StagedFiles(boolean overwrite) {
        this(overwrite, Files::createLink);
    }

    StagedFiles(boolean overwrite, HardLinks links) {
        this.overwrite = overwrite;
        this.links = links;
        TempFiles.track(this);
    }

    /**
     * Writes what {@code writer} produces to a temporary file for {@code target}, creating the target's
     * missing folders (removed again unless the batch is published).
     *
     * @throws FileAlreadyExistsException if the target exists and the batch does not overwrite
     * @throws IOException with a short message naming the path when writing fails, or the writer's own
     */
    public void stage(Path target, AtomicFiles.StreamWriter writer) throws IOException {
        Staged file = new Staged(target.toAbsolutePath().normalize());
        if (!overwrite && Files.exists(file.target, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(file.target);
        }
        createFolders(file.target.getParent());
        synchronized (this) {
            requireOpen();
            file.temp = temp(file.target);
            staged.add(file);
        }
        try (FileChannel channel = FileChannel.open(file.temp, StandardOpenOption.WRITE);
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
            writer.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException e) {
            throw failed(file.target, e);
        }
        ordinaryPermissions(file.temp, file.target);
    }

    /** Like {@link #stage}, for UTF-8 text. */
    public void stageText(Path target, AtomicFiles.TextWriter writer) throws IOException {
        stage(target, out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.writeTo(text);
            text.flush();
        });
    }

    /** Takes over a finished temporary file (from {@link #newTemp}) as the content of {@code target}. */
    synchronized void adopt(Path temp, Path target) throws IOException {
        requireOpen();
        Staged file = new Staged(target.toAbsolutePath().normalize());
        file.temp = temp;
        staged.add(file);
        ordinaryPermissions(temp, file.target);
    }

    /** A temporary file beside {@code target}, for content written piece by piece and then {@link #adopt}ed. */
    static Path newTemp(Path target) throws IOException {
        return temp(target.toAbsolutePath().normalize());
    }

    /**
     * Puts every staged file in place, in the order staged; if one fails, those already in place are
     * taken back (removed, or the old file put back) before the exception is thrown.
     *
     * @throws FileAlreadyExistsException if a target appeared meanwhile and the batch does not overwrite
     */
    public synchronized void publish() throws IOException {
        requireOpen();
        for (Staged file : staged) {
            place(file);
        }
        published = true;
        for (Staged file : staged) {
            if (file.backup != null) {
                TempFiles.remove(file.backup);
            }
        }
        TempFiles.untrack(this);
    }

    /** Takes back what is not published, removes every temporary file and the folders created; never throws. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        TempFiles.untrack(this);
        if (!published) {
            staged.forEach(StagedFiles::takeBack);
        }
        staged.forEach(file -> TempFiles.remove(file.temp));
        while (!published && !createdFolders.isEmpty()) {
            try {
                Files.deleteIfExists(createdFolders.pop());
            } catch (IOException notEmpty) {
                break;
            }
        }
    }

    private void requireOpen() throws IOException {
        if (closed) {
            throw new IOException("interrupted: the output was abandoned");
        }
    }

    private void createFolders(Path folder) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        try {
            while (!missing.isEmpty()) {
                Path p = missing.pop();
                Files.createDirectory(p);
                synchronized (this) {
                    createdFolders.push(p);
                }
            }
        } catch (FileAlreadyExistsException meanwhile) {
            // created by someone else in the meantime: fine, and not ours to remove
        } catch (IOException e) {
            throw failed(folder.resolve("x"), e);
        }
    }

    private static Path temp(Path target) throws IOException {
        try {
            return TempFiles.create(target.getParent());
        } catch (IOException e) {
            throw failed(target, e);
        }
    }

    private void place(Staged file) throws IOException {
        try {
            if (overwrite) {
                replace(file);
            } else {
                createNew(file);
            }
            file.inPlace = true;
        } catch (FileAlreadyExistsException e) {
            throw refused(file.target);
        } catch (IOException e) {
            throw failed(file.target, e);
        }
    }

    private void createNew(Staged file) throws IOException {
        try {
            links.link(file.target, file.temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            if (noHardLinks instanceof AccessDeniedException || noHardLinks instanceof NoSuchFileException) {
                throw (IOException) noHardLinks;
            }
            Files.createFile(file.target);
            try {
                Files.move(file.temp, file.target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file.target);
                throw e;
            }
        }
    }

    private static void replace(Staged file) throws IOException {
        if (Files.exists(file.target, LinkOption.NOFOLLOW_LINKS)) {
            file.backup = TempFiles.create(file.target.getParent());
            Files.move(file.target, file.backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            Files.move(file.temp, file.target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file.temp, file.target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void takeBack(Staged file) {
        try {
            if (file.inPlace) {
                if (file.backup != null) {
                    Files.move(file.backup, file.target, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.deleteIfExists(file.target);
                }
            } else if (file.backup != null) {
                Files.move(file.backup, file.target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException ignored) {
            // best effort: the file in place is complete, never a part
        }
        if (file.backup != null) {
            TempFiles.remove(file.backup);
        }
    }

    private static void ordinaryPermissions(Path temp, Path file) throws IOException {
        // temporary files are private (rw-------); the file in place reads like any other the user saves
        if (!temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var permissions = Files.exists(file) ? Files.getPosixFilePermissions(file)
                : PosixFilePermissions.fromString("rw-r--r--");
        try {
            Files.setPosixFilePermissions(temp, permissions);
        } catch (FileSystemException unsupported) {
            // FAT and exFAT have no POSIX permissions to set
        }
    }

    static FileAlreadyExistsException refused(Path file) {
        return new FileAlreadyExistsException(file.toString(), null, "file exists, not overwriting");
    }

    static IOException failed(Path file, IOException e) {
        IOException cause = e;
        while (cause.getCause() instanceof IOException inner) {
            cause = inner; // the file system's own words, not an image writer's "I/O error writing PNG file!"
        }
        return new IOException("Cannot write " + file + ": " + reason(cause, file.getParent()), e);
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
        String message = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.strip();
    }
}
