package org.sgdvalley;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The folder of the app's class archives: their names, and what happens to an archive once a start has
 * written it. Only files named as archives are ever touched, whatever the folder.
 */
final class ClassArchives {
    /** An archive, or one being written by the start with that process id. */
    private static final Pattern NAME = Pattern.compile("sgd-valley-[0-9a-f]{8}\\.jsa(?:\\.(\\d+)\\.tmp)?");
    /** Archives kept: two installs or two Javas used in turn keep one each instead of rewriting. */
    private static final int KEPT = 3;
    private final Path folder;

    ClassArchives(Path folder) {
        this.folder = folder;
    }

    /** The folder in use: beside the failure logs, unless {@code sgdvalley.classDataFolder} is set. */
    static ClassArchives inUse() {
        String set = System.getProperty(ClassDataLaunch.FOLDER);
        return new ClassArchives(set != null ? Path.of(set)
                : Path.of(System.getProperty("user.home"), ".sgd-valley", "class-data"));
    }

    Path folder() {
        return folder;
    }

    /** The archive of the Java and the jars {@code key} names. */
    Path archive(String key) {
        return folder.resolve("sgd-valley-" + key + ".jsa");
    }

    /** Where the start with process id {@code pid} writes {@code archive} before it takes its place. */
    static Path writing(Path archive, long pid) {
        return archive.resolveSibling(archive.getFileName() + "." + pid + ".tmp");
    }

    /**
     * A name for a Java and the jars it runs the app from, the jars a lone jar's manifest lists on its
     * class path included (as {@code java -jar} runs it): another Java, or any jar rebuilt, gets an
     * archive of its own, where HotSpot would silently refuse the old one on every start.
     */
    static String key(String javaHome, String vmVersion, List<Path> jars) {
        StringBuilder what = new StringBuilder(javaHome).append('\n').append(vmVersion);
        List<Path> all = new ArrayList<>(jars);
        if (jars.size() == 1) {
            all.addAll(manifestClassPath(jars.get(0)));
        }
        try {
            for (Path jar : all) {
                what.append('\n').append(jar);
                if (Files.isRegularFile(jar)) {
                    what.append(' ').append(Files.size(jar)).append(' ').append(Files.getLastModifiedTime(jar).toMillis());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a checksum, not a cryptographic hash, whose provider takes a start-up's time to set up: a
        // collision costs only the archive's use, as HotSpot checks the jars itself
        CRC32C crc = new CRC32C();
        crc.update(what.toString().getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    /** The jars a jar's manifest puts on the class path, resolved beside it. */
    static List<Path> manifestClassPath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null || classPath.isBlank()) {
                return List.of();
            }
            Path dir = jar.getParent();
            return Stream.of(classPath.trim().split("\\s+")).map(entry -> dir.resolve(entry).normalize()).toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // not a jar HotSpot could read either: it refuses the archive on its own
        }
    }

    /** Marks {@code archive} as used now, so that it is among the archives kept. */
    void used(Path archive) {
        try {
            Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // kept or not, it maps the same
        }
    }

    /**
     * After a start that wrote {@code writing}: puts it in the archive's place whole when {@code whole}
     * (the start ended normally) and it holds something, removes it otherwise, and removes what other
     * starts left behind but the archives most recently used.
     */
    void keep(Path archive, Path writing, boolean whole) {
        try {
            if (whole && Files.isRegularFile(writing) && Files.size(writing) > 0) {
                Files.move(writing, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(writing);
        } catch (IOException e) {
            // the next start writes the archive again
        }
        prune();
    }

    /** Removes archives but the most recently used, and files of starts that ended while writing. */
    private void prune() {
        List<Path> archives = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Matcher name = NAME.matcher(f.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                if (name.group(1) == null) {
                    archives.add(f);
                } else if (!running(name.group(1))) {
                    delete(f);
                }
            }
        } catch (IOException e) {
            return;
        }
        archives.sort(Comparator.comparing(ClassArchives::lastUsed).reversed());
        archives.stream().skip(KEPT).forEach(ClassArchives::delete);
    }

    private static boolean running(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static FileTime lastUsed(Path archive) {
        try {
            return Files.getLastModifiedTime(archive);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // mapped by a running app (Windows keeps such files): a later start removes it
        }
    }
}
