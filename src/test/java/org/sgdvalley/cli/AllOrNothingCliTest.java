package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sgdvalley.export.SmallDisk;

/**
 * A command writes all its outputs or none: a disk that fills up between two files, a session file
 * that cannot be written, a destination that cannot be used, a rival run into the same folder.
 * Destinations are refused before any work. The full-disk cases mount a small tmpfs (root only).
 */
class AllOrNothingCliTest {
    private static final String[] TOY = {"run", "toy-quadratic", "--iterations", "300"};
    @TempDir
    Path tmp;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String[] with(String[] base, String... more) {
        List<String> all = new ArrayList<>(List.of(base));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private void assertOneError(String... parts) {
        assertThat(err.toString().lines().filter(l -> !l.startsWith("progress:")).toList()).as(err.toString())
                .hasSize(1).first().asString().startsWith("error: ").contains(parts);
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The sizes of metrics.csv and summary.json of the toy run, from a run on an ordinary disk. */
    private long[] resultSizes() throws IOException {
        Path reference = tmp.resolve("reference");
        assertThat(run(with(TOY, "--out", reference.toString()))).isZero();
        return new long[] {Files.size(reference.resolve("metrics.csv")), Files.size(reference.resolve("summary.json"))};
    }

    @Test
    void aDiskFullBetweenTheTwoResultFilesOrAtTheSessionLeavesNothing() throws Exception {
        long[] sizes = resultSizes();
        Path mount = Files.createDirectory(tmp.resolve("disk"));
        try (SmallDisk disk = SmallDisk.mount(mount, 1024)) {
            disk.leave(sizes[0]);
            assertThat(run(with(TOY, "--out", mount.resolve("o").toString()))).isEqualTo(2);
            assertOneError("--out: ", "No space left on device", "nothing was written");
            assertThat(listing(mount)).containsExactly(".filler");

            disk.empty();
            disk.leave(sizes[0] + sizes[1] + 4096);
            Path save = mount.resolve("s.session");
            assertThat(run(with(TOY, "--out", mount.resolve("o").toString(), "--save", save.toString()))).isEqualTo(2);
            assertOneError("--save: ", "No space left on device", "nothing was written");
            assertThat(listing(mount)).containsExactly(".filler");
        }
    }

    @Test
    void unusableSessionFilesAreRefusedBeforeAnyWork() throws IOException {
        Path o = tmp.resolve("o");
        Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("nowhere"));
        Files.createSymbolicLink(tmp.resolve("loop"), tmp.resolve("loop"));
        Files.createDirectory(o);
        Files.createSymbolicLink(tmp.resolve("alias"), o);
        String[][] cases = {
            {tmp.resolve("x".repeat(300)).toString(), "is longer than 255 bytes"},
            {tmp.resolve("dangling").toString(), "already exists; pass --force"},
            {tmp.resolve("loop").toString(), "already exists; pass --force"},
            {o.resolve("metrics.csv").toString(), "is one of the results written into --out"},
            {tmp.resolve("alias").resolve("summary.json").toString(), "is one of the results written into --out"},
            {"", "--save: must name a file, got an empty value"},
        };
        for (String[] c : cases) {
            for (String name : listing(o)) {
                Files.delete(o.resolve(name));
            }
            assertThat(run(with(TOY, "--out", o.toString(), "--save", c[0], "--force"))).as(c[0]).isEqualTo(
                    c[1].contains("already exists") ? 0 : 2);
            if (c[1].contains("already exists")) {
                // with --force a link is replaced by the session, never followed
                assertThat(Files.isSymbolicLink(Path.of(c[0]))).isFalse();
                Files.delete(Path.of(c[0]));
                Files.createSymbolicLink(Path.of(c[0]), c[0].endsWith("loop") ? Path.of(c[0]) : tmp.resolve("nowhere"));
                assertThat(run(with(TOY, "--out", tmp.resolve("o2").toString(), "--save", c[0]))).isEqualTo(2);
                assertThat(tmp.resolve("o2")).doesNotExist();
            } else {
                assertThat(listing(o)).as(c[0]).isEmpty();
            }
            assertOneError(c[1]);
        }
    }

    @Test
    void anEmptyOrLoopingOutIsRefused() throws IOException {
        assertThat(run(with(TOY, "--out", ""))).isEqualTo(2);
        assertOneError("--out: must name a folder, got an empty value");
        Path loop = Files.createSymbolicLink(tmp.resolve("loop"), tmp.resolve("loop"));
        assertThat(run(with(TOY, "--out", loop.toString()))).isEqualTo(2);
        assertOneError("--out: " + loop + " is a link to nothing (dangling or looping), expected a folder");
        assertThat(err.toString()).doesNotContain("progress:");
    }

    @Test
    @Timeout(60)
    void twoRunsIntoOneFolderWithoutForceNeverBothWin() throws Exception {
        Path o = tmp.resolve("o");
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> Cli.execute(with(TOY, "--out", o.toString()),
                    new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))));
        }
        List<Integer> codes = runs.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(codes).containsExactly(0, 2);
        assertThat(listing(o)).containsExactly("metrics.csv", "summary.json");
        assertThat(Files.readAllLines(o.resolve("metrics.csv"))).hasSize(1 + 3 * 301);
    }

    @Test
    void errorLinesEscapeControlCharacters() throws IOException {
        Files.writeString(tmp.resolve("file"), "x");
        assertThat(run(with(TOY, "--out", tmp.resolve("file").resolve("bad\u001b[31m\rname").toString())))
                .isEqualTo(2);
        assertThat(err.toString()).doesNotContain("\u001b", "\r").contains("bad\\u001b[31m\\rname");
    }

    @Test
    void aFailedWriteToStandardOutputIsAnError() {
        PrintWriter broken = new PrintWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        });
        StringWriter e = new StringWriter();
        assertThat(Cli.execute(new String[] {"presets"}, broken, new PrintWriter(e, true))).isEqualTo(2);
        assertThat(e.toString().strip()).isEqualTo("error: cannot write to standard output (a full disk or a closed pipe)");
    }
}
