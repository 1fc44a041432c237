package org.sgdvalley;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdvalley.ClassDataLaunch.Jvm;
import org.sgdvalley.ClassDataLaunch.Plan;

/**
 * When the desktop app starts in a second JVM with the class archive, with which command, and what
 * happens to the archive written.
 */
class ClassDataLaunchTest {
    private static final String[] GUI = {"gui", "--preset", "toy-quadratic"};
    @TempDir
    Path tmp;
    private Path app;
    private Path lib;
    private Path folder;

    @BeforeEach
    void jars() throws IOException {
        app = Files.writeString(tmp.resolve("sgd-valley.jar"), "app");
        lib = Files.writeString(tmp.resolve("javafx.jar"), "lib");
        folder = tmp.resolve("class-data");
    }

    private Jvm jvm(String classPath, String vmInfo, List<String> options) {
        return new Jvm("/jdk/bin/java", options, classPath, vmInfo, "17.0.13+11", "/jdk", folder, false,
                false, 4242, 1_000_000L);
    }

    private Jvm jvm() {
        return jvm(app + File.pathSeparator + lib, "mixed mode, sharing", List.of("-Xmx3g", "-Dfoo=bar"));
    }

    @Test
    void theFirstStartWritesTheArchiveAsItsJvmEnds() {
        Plan plan = ClassDataLaunch.plan(GUI, jvm()).orElseThrow();
        assertThat(plan.writes()).isTrue();
        assertThat(plan.archive().getParent()).isEqualTo(folder);
        assertThat(plan.writing().getFileName().toString()).isEqualTo(plan.archive().getFileName() + ".4242.tmp");
        assertThat(plan.command()).containsExactly("/jdk/bin/java", "-Xmx3g", "-Dfoo=bar",
                "-Dsgdvalley.relaunched=4242", "-Dsgdvalley.launchedAt=1000000",
                "-XX:ArchiveClassesAtExit=" + plan.writing(), "-Xlog:cds=off,cds+dynamic=off",
                "-cp", app + File.pathSeparator + lib, "org.sgdvalley.Main", "gui", "--preset", "toy-quadratic");
    }

    @Test
    void laterStartsMapTheArchive() throws IOException {
        Path archive = ClassDataLaunch.plan(GUI, jvm()).orElseThrow().archive();
        Files.createDirectories(archive.getParent());
        Files.writeString(archive, "classes");
        Plan plan = ClassDataLaunch.plan(GUI, jvm()).orElseThrow();
        assertThat(plan.writes()).isFalse();
        assertThat(plan.command()).contains("-XX:SharedArchiveFile=" + archive)
                .noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
    }

    @Test
    void anotherJarOrJavaGetsAnArchiveOfItsOwn() throws IOException {
        Path before = ClassDataLaunch.plan(GUI, jvm()).orElseThrow().archive();
        Files.setLastModifiedTime(app, FileTime.fromMillis(Files.getLastModifiedTime(app).toMillis() + 1000));
        Path rebuilt = ClassDataLaunch.plan(GUI, jvm()).orElseThrow().archive();
        Jvm otherJava = new Jvm("/jdk21/bin/java", List.of(), app + File.pathSeparator + lib, "mixed mode, sharing",
                "21.0.5+11", "/jdk21", folder, false, false, 4242, 0);
        Path java21 = ClassDataLaunch.plan(GUI, otherJava).orElseThrow().archive();
        assertThat(List.of(before, rebuilt, java21)).doesNotHaveDuplicates();
    }

    @Test
    void onlyTheDesktopAppStartsInASecondJvm() {
        assertThat(ClassDataLaunch.startsTheApp(new String[0])).isTrue();
        assertThat(ClassDataLaunch.startsTheApp(GUI)).isTrue();
        assertThat(ClassDataLaunch.startsTheApp(new String[] {"run", "toy-quadratic"})).isFalse();
        assertThat(ClassDataLaunch.startsTheApp(new String[] {"presets"})).isFalse();
    }

    @Test
    void theAppStaysInThisJvmWhenTheArchiveCannotOrShouldNotBeUsed() throws IOException {
        Path classes = Files.createDirectory(tmp.resolve("classes"));
        String jars = app + File.pathSeparator + lib;
        // HotSpot refuses to start with a non-empty folder on the class path of an archive
        assertThat(ClassDataLaunch.plan(GUI, jvm(classes + File.pathSeparator + lib, "mixed mode, sharing", List.of())))
                .isEmpty();
        assertThat(ClassDataLaunch.plan(GUI, jvm(tmp.resolve("gone.jar").toString(), "mixed mode, sharing", List.of())))
                .isEmpty();
        // no base archive mapped (-Xshare:off, or a JVM without class-data sharing)
        assertThat(ClassDataLaunch.plan(GUI, jvm(jars, "mixed mode", List.of()))).isEmpty();
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y", "-javaagent:/a.jar", "-Xshare:off",
                "-XX:SharedArchiveFile=/mine.jsa")) {
            assertThat(ClassDataLaunch.plan(GUI, jvm(jars, "mixed mode, sharing", List.of(option)))).as(option)
                    .isEmpty();
        }
        Jvm switchedOff = new Jvm("/jdk/bin/java", List.of(), jars, "mixed mode, sharing", "17", "/jdk",
                folder, false, true, 1, 0);
        Jvm relaunched = new Jvm("/jdk/bin/java", List.of(), jars, "mixed mode, sharing", "17", "/jdk",
                folder, true, false, 1, 0);
        // started by an app image's native launcher, whose runtime has no java to start
        Jvm appImage = new Jvm(null, List.of(), jars, "mixed mode, sharing", "17", "/jdk", folder, false, false, 1, 0);
        assertThat(ClassDataLaunch.plan(GUI, appImage)).isEmpty();
        assertThat(ClassDataLaunch.plan(GUI, switchedOff)).isEmpty();
        assertThat(ClassDataLaunch.plan(GUI, relaunched)).isEmpty();
    }

    @Test
    void aWrittenArchiveTakesItsPlaceWholeAndOldOnesGo() throws IOException {
        Plan plan = ClassDataLaunch.plan(GUI, jvm()).orElseThrow();
        Files.createDirectories(folder);
        Files.writeString(plan.writing(), "classes");
        Path old = Files.writeString(folder.resolve("sgd-valley-0badc0de.jsa"), "old");
        Path deadStart = Files.writeString(folder.resolve("sgd-valley-0badc0de.jsa." + Long.MAX_VALUE + ".tmp"),
                "half");
        Path liveStart = Files.writeString(folder.resolve("sgd-valley-0badc0de.jsa." + ProcessHandle.current().pid()
                + ".tmp"), "being written");
        ClassDataLaunch.keep(plan);
        assertThat(plan.archive()).hasContent("classes");
        assertThat(files(folder)).containsExactlyInAnyOrder(plan.archive(), liveStart);
        assertThat(old).doesNotExist();
        assertThat(deadStart).doesNotExist();
    }

    @Test
    void aStartThatWroteNothingLeavesNoArchive() throws IOException {
        Plan plan = ClassDataLaunch.plan(GUI, jvm()).orElseThrow();
        Files.createDirectories(plan.archive().getParent());
        Files.writeString(plan.writing(), "");
        ClassDataLaunch.keep(plan);
        assertThat(files(plan.archive().getParent())).isEmpty();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
