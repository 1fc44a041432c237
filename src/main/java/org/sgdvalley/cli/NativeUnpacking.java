package org.sgdvalley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The first time ND4J loads, JavaCPP unpacks its and OpenBLAS's native libraries (about 400 MB on
 * Linux) from their jars into its cache folder, which takes from seconds to minutes. This watches
 * the cache and, while it grows, says so on standard error: one line when the unpacking starts, one
 * every few seconds with how far it has got, one when it is done. Later starts find the cache full
 * and print nothing.
 */
final class NativeUnpacking {
    /** The jars of native libraries, by their platform classifier (linux-x86_64, macosx-arm64, ...). */
    private static final Pattern NATIVE_JAR = Pattern.compile("(javacpp|openblas|nd4j-native)-.*-(linux|macosx|windows)-.*\\.jar");
    private static final long MB = 1_000_000;
    private static final long POLL_MILLIS = 1000;
    private static final int LINE_EVERY_POLLS = 3;
    private static volatile boolean unpackedAtStart;
    private final Path cache;
    private final Map<String, Long> expectedBytes;
    private final PrintWriter err;
    private final long expected;
    private long startNanos = -1;
    private int polls;

    /** Watches {@code cache} for the jars named in {@code expectedBytes} (unpacked size of each). */
    NativeUnpacking(Path cache, Map<String, Long> expectedBytes, PrintWriter err) {
        this.cache = cache;
        this.expectedBytes = Map.copyOf(expectedBytes);
        this.err = err;
        this.expected = expectedBytes.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Starts watching JavaCPP's cache on a daemon thread, if the native jars on the class path have not
     * all been unpacked yet; otherwise does nothing.
     */
    static void reportWhileUnpacking(PrintWriter err) {
        Map<String, Long> jars = nativeJars();
        NativeUnpacking watch = new NativeUnpacking(cacheFolder(), jars, err);
        if (jars.isEmpty() || watch.unpackedBytes() >= watch.expected) {
            unpackedAtStart = true;
            return;
        }
        Thread t = new Thread(() -> {
            try {
                while (!watch.poll()) {
                    Thread.sleep(POLL_MILLIS);
                }
            } catch (InterruptedException | UncheckedIOException stop) {
                // the watch only informs: nothing to clean up
            }
        }, "native-unpacking");
        t.setDaemon(true);
        t.start();
    }

    /** Whether {@link #reportWhileUnpacking} found every native library unpacked already. */
    static boolean unpackedAtStart() {
        return unpackedAtStart;
    }

    /** Looks at the cache once and reports what changed; returns true once everything is unpacked. */
    boolean poll() {
        long unpacked = unpackedBytes();
        if (startNanos < 0) {
            if (unpacked == 0) {
                return false;
            }
            startNanos = System.nanoTime();
            err.printf("first start: unpacking native libraries (%d MB) into %s, once%n", expected / MB, cache);
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        if (unpacked >= expected) {
            err.printf("first start: native libraries unpacked in %.0f s%n", seconds);
            err.flush();
            return true;
        }
        if (++polls % LINE_EVERY_POLLS == 0) {
            err.printf("first start: unpacked %d of %d MB (%.0f s)%n", unpacked / MB, expected / MB, seconds);
        }
        err.flush();
        return false;
    }

    /** Bytes unpacked so far into the cache folders of the watched jars. */
    long unpackedBytes() {
        long total = 0;
        for (String jar : expectedBytes.keySet()) {
            Path folder = cache.resolve(jar);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                total += files.filter(Files::isRegularFile).mapToLong(NativeUnpacking::size).sum();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException vanished) {
            return 0;
        }
    }

    /** JavaCPP's cache folder: its system property, or ~/.javacpp/cache. */
    static Path cacheFolder() {
        String set = System.getProperty("org.bytedeco.javacpp.cachedir", System.getProperty("org.bytedeco.javacpp.cacheDir"));
        return set != null ? Paths.get(set) : Paths.get(System.getProperty("user.home"), ".javacpp", "cache");
    }

    /** The native jars on the class path (a jar's manifest Class-Path included), with the unpacked size of their libraries. */
    private static Map<String, Long> nativeJars() {
        Map<String, Long> jars = new LinkedHashMap<>();
        try {
            Enumeration<URL> manifests = NativeUnpacking.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                URL manifest = manifests.nextElement();
                if (!"jar".equals(manifest.getProtocol())) {
                    continue;
                }
                String file = manifest.getPath().substring(0, manifest.getPath().indexOf("!/"));
                Path jar = Paths.get(URI.create(file));
                String name = jar.getFileName().toString();
                if (NATIVE_JAR.matcher(name).matches()) {
                    long bytes = libraryBytes(jar);
                    if (bytes > 0) {
                        jars.put(name, bytes);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            // nothing to watch: the libraries load (or fail) as usual, only without the progress lines
        }
        return jars;
    }

    private static long libraryBytes(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().filter(e -> isLibrary(e.getName())).mapToLong(e -> Math.max(0, e.getSize())).sum();
        }
    }

    private static boolean isLibrary(String entry) {
        return entry.endsWith(".so") || entry.contains(".so.") || entry.endsWith(".dylib") || entry.endsWith(".dll");
    }
}
