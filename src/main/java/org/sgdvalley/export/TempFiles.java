package org.sgdvalley.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files of unfinished outputs, and the output batches being published: on SIGINT or
 * SIGTERM (a JVM shutdown) the temporary files are removed and a batch half published is taken back,
 * so an interrupted command leaves neither hidden tens of megabytes nor half its results.
 */
final class TempFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final Set<StagedFiles> BATCHES = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::removeAll, "remove unfinished outputs"));
    }

    private TempFiles() {
    }

    /**
     * A new empty temporary file in {@code dir}, with a short hidden name (whatever the length of the
     * target's), private to its owner until published.
     */
    static Path create(Path dir) throws IOException {
        Path temp = Files.createTempFile(dir, ".sgd-valley-", ".tmp");
        LIVE.add(temp);
        return temp;
    }

    /** Removes a temporary file, if it is still there; never throws. */
    static void remove(Path temp) {
        LIVE.remove(temp);
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // nothing more can be done; it is hidden and named as ours
        }
    }

    static void track(StagedFiles batch) {
        BATCHES.add(batch);
    }

    static void untrack(StagedFiles batch) {
        BATCHES.remove(batch);
    }

    /** What the shutdown hook runs; also callable from tests. */
    static void removeAll() {
        BATCHES.forEach(StagedFiles::close);
        LIVE.forEach(TempFiles::remove);
    }
}
