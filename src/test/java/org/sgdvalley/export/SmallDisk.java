package org.sgdvalley.export;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for a test, to fill a disk for real. Needs root (CI runs as root); elsewhere
 * the test is skipped, not failed.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path root;

    private SmallDisk(Path root) {
        this.root = root;
    }

    /** Mounts a tmpfs of {@code kilobytes} on the empty folder {@code dir}, or skips the test. */
    public static SmallDisk mount(Path dir, int kilobytes) throws IOException, InterruptedException {
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", dir.toString()),
                "mounting a tmpfs needs root on Linux");
        return new SmallDisk(dir);
    }

    /** The mounted folder. */
    public Path root() {
        return root;
    }

    /** Takes up all the free space but about {@code bytes} (rounded up to whole 4 kB pages) with a hidden file. */
    public void leave(long bytes) throws IOException {
        Path filler = root.resolve(".filler");
        long pages = (bytes + 4095) / 4096;
        long free = Files.getFileStore(root).getUsableSpace();
        long size = Files.exists(filler) ? Files.size(filler) : 0;
        try (RandomAccessFile file = new RandomAccessFile(filler.toFile(), "rw")) {
            file.seek(size);
            byte[] block = new byte[4096];
            for (long written = 0; written < free - pages * 4096; written += block.length) {
                file.write(block);
            }
        }
    }

    /** Removes the filler and every file but hidden folders; the disk stays mounted. */
    public void empty() throws IOException {
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(root)).forEach(p -> p.toFile().delete());
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", root.toString());
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException noSuchCommand) {
            return false;
        }
    }
}
