package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sgdvalley.export.SmallDisk;

/**
 * The command line in a JVM of its own, as a user runs it: a failed write to standard output is an
 * error, and a full disk under {@code run --png} or {@code gui --record} exits 2 with the error as the
 * only line on stderr besides progress (no JavaFX or ND4J chatter) and leaves nothing behind.
 */
class CliProcessTest {
    @TempDir
    Path tmp;

    private record Result(int code, List<String> stderr) {
        List<String> withoutProgress() {
            return stderr.stream().filter(l -> !l.startsWith("progress:")).toList();
        }
    }

    private Result run(File stdout, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.sgdvalley.Main"));
        command.addAll(List.of(args));
        Path err = tmp.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile())
                .redirectOutput(stdout).redirectError(err.toFile());
        builder.environment().remove("DISPLAY");
        Process p = builder.start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not end within 90 s: " + args[0]);
        }
        return new Result(p.exitValue(), Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @Timeout(60)
    void presetsIntoAFullDeviceFails() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "/dev/full");
        Result result = run(full, "presets");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.stderr()).containsExactly("error: cannot write to standard output (a full disk or a closed pipe)");
    }

    @Test
    @Timeout(120)
    void aFullDiskUnderRunPngOrGuiRecordExitsTwoWithOneLineAndLeavesNothing() throws Exception {
        Path mount = Files.createDirectory(tmp.resolve("disk"));
        File stdout = tmp.resolve("stdout.txt").toFile();
        try (SmallDisk disk = SmallDisk.mount(mount, 512)) {
            disk.leave(100_000);
            Result png = run(stdout, "run", "toy-quadratic", "--iterations", "300", "--png", "--out",
                    mount.resolve("o").toString());
            assertThat(png.code()).as(png.stderr().toString()).isEqualTo(2);
            assertThat(png.withoutProgress()).hasSize(1).first().asString()
                    .startsWith("error: --out: Cannot write " + mount.resolve("o")).endsWith("No space left on device; nothing was written");
            assertThat(listing(mount)).containsExactly(".filler");

            disk.leave(0);
            Result gif = run(stdout, "gui", "--preset", "toy-quadratic", "--record", mount.resolve("x.gif").toString(),
                    "--after-steps", "100", "--frames", "3", "--size", "400x250");
            assertThat(gif.code()).isEqualTo(2);
            assertThat(gif.stderr()).containsExactly("error: --record: Cannot write " + mount.resolve("x.gif")
                    + ": No space left on device");
            assertThat(listing(mount)).containsExactly(".filler");
        }
    }

    @Test
    @Timeout(60)
    void aRunEstimatedAtDaysIsRefusedWithOneLineBeforeAnyWork() throws Exception {
        Result result = run(tmp.resolve("stdout.txt").toFile(), "run", "diag-gd-vs-sgd", "--iterations",
                "10000000000", "--metrics", "train_loss,rank", "--out", "o");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.stderr()).singleElement().asString()
                .startsWith("error: --iterations, runs: the experiment would take about ");
        assertThat(tmp.resolve("o")).doesNotExist();
    }
}
