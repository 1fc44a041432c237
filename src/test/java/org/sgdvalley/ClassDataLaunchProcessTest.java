package org.sgdvalley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sgdvalley.engine.metric.Linalg;

/**
 * The desktop app started from jars, as a user starts it: the first start writes the class archive as
 * its JVM ends, the next maps it, and HotSpot accepts it for that class path.
 */
class ClassDataLaunchProcessTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 240, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theFirstStartWritesTheArchiveThatLaterStartsMap() throws Exception {
        assumeTrue(System.getProperty("java.vm.info", "").contains("sharing"), "a JVM with class-data sharing");
        Linalg.warmUp(); // unpacks the native libraries, as any earlier start has
        List<Path> jars = jarClassPath();
        String classPath = String.join(File.pathSeparator, jars.stream().map(Path::toString).toList());
        Path folder = tmp.resolve("class-data");

        assertThat(start(classPath, folder)).as("first start").hasSize(2);
        List<Path> archives = files(folder);
        assertThat(archives).as("one whole archive, nothing half-written").hasSize(1)
                .allMatch(p -> p.getFileName().toString().matches("sgd-valley-[0-9a-f]{8}\\.jsa"));
        assertThat(start(classPath, folder)).as("second start").hasSize(2);
        assertThat(files(folder)).isEqualTo(archives);

        // HotSpot maps it for this class path: with -Xshare:on it would refuse to start otherwise
        Process check = new ProcessBuilder(java(), "-Xshare:on", "-XX:SharedArchiveFile=" + archives.get(0),
                "-Xlog:class+load=info", "-cp", classPath, "org.sgdvalley.Main", "--version").redirectErrorStream(true)
                .start();
        String log = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(log).isZero();
        assertThat(log).contains("org.sgdvalley.Main source: shared objects file (top)");
    }

    /** One start of {@code gui --startup-probe} in a JVM of its own, headless; returns its start-up lines. */
    private List<String> start(String classPath, Path folder) throws Exception {
        Path err = Files.createTempFile(tmp, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(java(), "-Dsgdvalley.classDataFolder=" + folder,
                "-Djava.awt.headless=true", "-cp", classPath, "org.sgdvalley.Main", "gui", "--startup-probe")
                .redirectError(err.toFile());
        builder.environment().remove("DISPLAY");
        Process p = builder.start();
        try {
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith("startup: ")).toList();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(err)).isZero();
            return lines;
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    /** This test's class path with every folder packed into a jar, as HotSpot archives only jars. */
    private List<Path> jarClassPath() throws IOException {
        List<Path> jars = new ArrayList<>();
        int packed = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (Files.isDirectory(path)) {
                jars.add(pack(path, tmp.resolve("classes-" + packed++ + ".jar")));
            } else if (entry.endsWith(".jar")) {
                jars.add(path);
            }
        }
        return jars;
    }

    private static Path pack(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> walk = Files.walk(folder)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(folder.relativize(f).toString().replace(File.separatorChar, '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
