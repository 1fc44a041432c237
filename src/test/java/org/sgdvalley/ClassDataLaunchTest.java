package org.sgdvalley;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.OptionalInt;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sgdvalley.ClassDataLaunch.Jvm;
import org.sgdvalley.ClassDataLaunch.Plan;

/**
 * When the desktop app starts in a second JVM with the class archive, with which command, what the
 * first JVM passes on, and what happens to the archives written.
 */
class ClassDataLaunchTest {
    private static final String[] GUI = {"gui", "--preset", "toy-quadratic"};
    @TempDir
    Path tmp;
    private Path app;
    private Path lib;
    private ClassArchives archives;

    @BeforeEach
    void jars() throws IOException {
        app = Files.writeString(tmp.resolve("sgd-valley.jar"), "app");
        lib = Files.writeString(tmp.resolve("javafx.jar"), "lib");
        archives = new ClassArchives(tmp.resolve("class-data"));
    }

    private static Jvm jvm(String classPath, String vmInfo, List<String> options) {
        return new Jvm("/jdk/bin/java", options, classPath, vmInfo, "17.0.13+11", "/jdk", false, false, 4242,
                1_000_000L);
    }

    private Jvm jvm() {
        return jvm(app + File.pathSeparator + lib, "mixed mode, sharing", List.of("-Xmx3g", "-Dfoo=bar"));
    }

    @Test
    void theFirstStartWritesTheArchiveAsItsJvmEnds() {
        Plan plan = ClassDataLaunch.plan(GUI, jvm(), archives).orElseThrow();
        assertThat(plan.writes()).isTrue();
        assertThat(plan.archive().getParent()).isEqualTo(archives.folder());
        assertThat(plan.writing().getFileName().toString()).isEqualTo(plan.archive().getFileName() + ".4242.tmp");
        assertThat(plan.command()).containsExactly("/jdk/bin/java", "-Xmx3g", "-Dfoo=bar",
                "-Dsgdvalley.relaunched=4242", "-Dsgdvalley.launchedAt=1000000",
                "-XX:ArchiveClassesAtExit=" + plan.writing(), "-Xlog:cds=off,cds+dynamic=off",
                "-cp", app + File.pathSeparator + lib, "org.sgdvalley.Main", "gui", "--preset", "toy-quadratic");
    }

    @Test
    void laterStartsMapTheArchiveWhatEverTheyDo() throws IOException {
        Path archive = ClassDataLaunch.plan(GUI, jvm(), archives).orElseThrow().archive();
        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "classes");
        for (String[] args : List.of(GUI, new String[0], new String[] {"gui", "--screenshot", "a.png"})) {
            Plan plan = ClassDataLaunch.plan(args, jvm(), archives).orElseThrow();
            assertThat(plan.writes()).isFalse();
            assertThat(plan.command()).contains("-XX:SharedArchiveFile=" + archive)
                    .noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
        }
    }

    @Test
    void onlyAStartThatOpensTheWindowWritesTheArchive() {
        assertThat(ClassDataLaunch.opensAWindow(new String[0])).isTrue();
        assertThat(ClassDataLaunch.opensAWindow(new String[] {"gui", "--startup-probe"})).isTrue();
        for (String option : List.of("--help", "-h", "-hV", "--version", "--screenshot=a.png", "--screenshot",
                "--record=a.gif")) {
            assertThat(ClassDataLaunch.opensAWindow(new String[] {"gui", "--preset", "toy-quadratic", option}))
                    .as(option).isFalse();
            assertThat(ClassDataLaunch.plan(new String[] {"gui", option}, jvm(), archives)).as(option).isEmpty();
        }
        assertThat(ClassDataLaunch.startsTheApp(new String[] {"run", "toy-quadratic"})).isFalse();
        assertThat(ClassDataLaunch.startsTheApp(new String[] {"presets"})).isFalse();
    }

    @Test
    void anotherJarOrJavaGetsAnArchiveOfItsOwn() throws IOException {
        List<Path> jars = List.of(app, lib);
        String before = ClassArchives.key("/jdk", "17.0.13+11", jars);
        Files.setLastModifiedTime(lib, FileTime.fromMillis(Files.getLastModifiedTime(lib).toMillis() + 1000));
        String rebuilt = ClassArchives.key("/jdk", "17.0.13+11", jars);
        String java21 = ClassArchives.key("/jdk21", "21.0.5+11", jars);
        assertThat(List.of(before, rebuilt, java21)).doesNotHaveDuplicates().allMatch(k -> k.matches("[0-9a-f]{8}"));
    }

    @Test
    void aLoneJarsManifestClassPathCountsAsAsJavaDashJarRunsIt() throws IOException {
        Path libs = Files.createDirectory(tmp.resolve("lib"));
        Path javafx = Files.writeString(libs.resolve("javafx-controls.jar"), "controls");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/javafx-controls.jar lib/gone.jar");
        Path jar = tmp.resolve("app.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
        assertThat(ClassArchives.manifestClassPath(jar)).containsExactly(javafx, libs.resolve("gone.jar"));
        String before = ClassArchives.key("/jdk", "17", List.of(jar));
        Files.writeString(javafx, "controls, rebuilt");
        assertThat(ClassArchives.key("/jdk", "17", List.of(jar))).isNotEqualTo(before);
    }

    @Test
    void theAppStaysInThisJvmWhenTheArchiveCannotOrShouldNotBeUsed() throws IOException {
        Path classes = Files.createDirectory(tmp.resolve("classes"));
        String jars = app + File.pathSeparator + lib;
        // HotSpot refuses to start with a non-empty folder on the class path of an archive
        assertThat(plan(jvm(classes + File.pathSeparator + lib, "mixed mode, sharing", List.of()))).isFalse();
        assertThat(plan(jvm(tmp.resolve("gone.jar").toString(), "mixed mode, sharing", List.of()))).isFalse();
        // no base archive mapped (-Xshare:off, or a JVM without class-data sharing)
        assertThat(plan(jvm(jars, "mixed mode", List.of()))).isFalse();
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y", "-javaagent:/a.jar", "-Xshare:off",
                "-XX:SharedArchiveFile=/mine.jsa", "--limit-modules=java.base", "-XX:StartFlightRecording=filename=a.jfr",
                "-Xlog:gc:file=gc.log", "-verbose:class", "-Dcom.sun.management.jmxremote.port=9010")) {
            assertThat(plan(jvm(jars, "mixed mode, sharing", List.of(option)))).as(option).isFalse();
        }
        assertThat(plan(new Jvm(null, List.of(), jars, "mixed mode, sharing", "17", "/jdk", false, false, 1, 0)))
                .as("started by an app image's launcher, whose runtime has no java").isFalse();
        assertThat(plan(new Jvm("/jdk/bin/java", List.of(), jars, "mixed mode, sharing", "17", "/jdk", false, true, 1,
                0))).as("switched off").isFalse();
        assertThat(plan(new Jvm("/jdk/bin/java", List.of(), jars, "mixed mode, sharing", "17", "/jdk", true, false, 1,
                0))).as("already the second JVM").isFalse();
    }

    private boolean plan(Jvm jvm) {
        return ClassDataLaunch.plan(GUI, jvm, archives).isPresent();
    }

    @Test
    void aWrittenArchiveTakesItsPlaceWholeAndOnlyOldArchivesGo() throws IOException {
        Path folder = Files.createDirectories(archives.folder());
        Path archive = archives.archive("0000000a");
        Path writing = Files.writeString(ClassArchives.writing(archive, 4242), "classes");
        Path recent1 = used(archives.archive("0000000b"), 1);
        Path recent2 = used(archives.archive("0000000c"), 2);
        Path oldest = used(archives.archive("0000000d"), 3);
        Path deadStart = Files.writeString(ClassArchives.writing(archives.archive("0000000e"), Long.MAX_VALUE), "half");
        Path liveStart = Files.writeString(ClassArchives.writing(archives.archive("0000000f"),
                ProcessHandle.current().pid()), "being written");
        Path notOurs = Files.writeString(folder.resolve("notes.txt"), "mine");
        archives.keep(archive, writing, true);
        assertThat(archive).hasContent("classes");
        assertThat(files(folder)).containsExactlyInAnyOrder(archive, recent1, recent2, liveStart, notOurs);
        assertThat(oldest).doesNotExist();
        assertThat(deadStart).doesNotExist();
    }

    private static Path used(Path archive, int daysAgo) throws IOException {
        Files.writeString(archive, "classes");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() - daysAgo * 86_400_000L));
        return archive;
    }

    @Test
    void aStartThatEndedBadlyOrWroteNothingLeavesNoArchive() throws IOException {
        Files.createDirectories(archives.folder());
        Path archive = archives.archive("0000000a");
        Path half = Files.writeString(ClassArchives.writing(archive, 1), "half an archive");
        archives.keep(archive, half, false);
        Path empty = Files.writeString(ClassArchives.writing(archive, 2), "");
        archives.keep(archive, empty, true);
        assertThat(files(archives.folder())).isEmpty();
    }

    @Test
    @Timeout(60)
    void theSecondJvmsExitCodeIsPassedOnAndOneThatCannotStartLeavesTheAppHere() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Plan exits7 = new Plan(List.of(java, "-cp", System.getProperty("java.class.path"), Child.class.getName()),
                archives.archive("0000000a"), null);
        assertThat(ClassDataLaunch.startAndWait(exits7, archives)).isEqualTo(OptionalInt.of(7));
        Plan refused = new Plan(List.of(java, "-XX:+NoSuchOptionAnywhere", "-version"), archives.archive("0000000a"),
                ClassArchives.writing(archives.archive("0000000a"), 4242));
        assertThat(ClassDataLaunch.startAndWait(refused, archives)).isEmpty();
        assertThat(files(archives.folder())).as("nothing written").isEmpty();
    }

    /** A second JVM that starts, as the app does, and exits with 7. */
    public static final class Child {
        public static void main(String[] args) {
            ClassDataLaunch.inTheSecondJvm();
            System.exit(7);
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
