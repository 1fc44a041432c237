package org.sgdvalley.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch of outputs is written whole or not at all, whatever fails and whenever. */
class StagedFilesTest {
    @TempDir
    Path dir;

    private static final StagedFiles.HardLinks NO_HARD_LINKS = (link, existing) -> {
        throw new FileSystemException(link.toString(), existing.toString(), "Operation not permitted");
    };

    @Test
    void aFileThatAppearsBeforePublishingIsNotReplacedAndNothingIsLeft() throws IOException {
        Path out = dir.resolve("out");
        try (StagedFiles files = new StagedFiles(false)) {
            files.stageText(out.resolve("metrics.csv"), w -> w.write("rows"));
            files.stageText(out.resolve("summary.json"), w -> w.write("{}"));
            Files.writeString(out.resolve("summary.json"), "theirs");
            assertThatThrownBy(files::publish).isInstanceOf(FileAlreadyExistsException.class)
                    .hasMessageContaining("summary.json");
        }
        assertThat(listing(out)).containsExactly("summary.json");
        assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo("theirs");
    }

    @Test
    void aWriterThatFailsLeavesNoFileAndNoFolderItCreated() {
        Path out = dir.resolve("a").resolve("b");
        assertThatThrownBy(() -> {
            try (StagedFiles files = new StagedFiles(false)) {
                files.stageText(out.resolve("metrics.csv"), w -> w.write("rows"));
                files.stage(out.resolve("plot.png"), o -> {
                    o.write(new byte[10_000]);
                    throw new IOException("No space left on device");
                });
                files.publish();
            }
        }).hasMessage("Cannot write " + out.resolve("plot.png") + ": No space left on device");
        assertThat(dir.resolve("a")).doesNotExist();
    }

    @Test
    void withoutHardLinksFilesAreStillCreatedNewAndNeverReplace() throws IOException {
        try (StagedFiles files = new StagedFiles(false, NO_HARD_LINKS)) {
            files.stageText(dir.resolve("metrics.csv"), w -> w.write("rows"));
            files.publish();
        }
        assertThat(Files.readString(dir.resolve("metrics.csv"))).isEqualTo("rows");
        try (StagedFiles files = new StagedFiles(false, NO_HARD_LINKS)) {
            files.stageText(dir.resolve("new.csv"), w -> w.write("new"));
            files.stageText(dir.resolve("late.csv"), w -> w.write("mine"));
            Files.writeString(dir.resolve("late.csv"), "theirs");
            assertThatThrownBy(files::publish).isInstanceOf(FileAlreadyExistsException.class);
        }
        assertThat(listing(dir)).containsExactly("late.csv", "metrics.csv");
        assertThat(Files.readString(dir.resolve("late.csv"))).isEqualTo("theirs");
    }

    @Test
    void anOverwriteThatFailsHalfwayPutsTheOldFilesBack() throws IOException {
        Files.writeString(dir.resolve("one.txt"), "old one");
        Files.createDirectory(dir.resolve("two.txt"));
        Files.writeString(dir.resolve("two.txt").resolve("inside"), "x");
        try (StagedFiles files = new StagedFiles(true)) {
            files.stageText(dir.resolve("one.txt"), w -> w.write("new one"));
            files.stageText(dir.resolve("two.txt"), w -> w.write("new two"));
            assertThatThrownBy(files::publish).isInstanceOf(IOException.class).hasMessageContaining("two.txt");
        }
        assertThat(Files.readString(dir.resolve("one.txt"))).isEqualTo("old one");
        assertThat(listing(dir)).containsExactly("one.txt", "two.txt");
    }

    @Test
    void aShutdownRemovesWhatIsStagedAndNothingIsPublishedAfterIt() throws IOException {
        try (StagedFiles files = new StagedFiles(false)) {
            files.stageText(dir.resolve("metrics.csv"), w -> w.write("rows"));
            assertThat(hidden(dir)).hasSize(1);
            TempFiles.removeAll();
            assertThat(hidden(dir)).isEmpty();
            assertThatThrownBy(files::publish).hasMessageContaining("interrupted");
        }
        assertThat(listing(dir)).isEmpty();
    }

    @Test
    void aTargetNameOfThreeHundredBytesFailsCleanly() {
        Path target = dir.resolve("x".repeat(300));
        assertThatThrownBy(() -> AtomicFiles.write(target, "x".getBytes(StandardCharsets.UTF_8), false))
                .isInstanceOf(IOException.class).hasMessageStartingWith("Cannot write " + target + ": ")
                .hasMessageContaining("File name too long");
        assertThat(hidden(dir)).isEmpty();
    }

    @Test
    void aFullDiskLeavesNothing() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("disk"));
        try (SmallDisk disk = SmallDisk.mount(mount, 256)) {
            disk.leave(8 * 1024);
            assertThatThrownBy(() -> {
                try (StagedFiles files = new StagedFiles(false)) {
                    files.stageText(mount.resolve("out/metrics.csv"), w -> w.write("a".repeat(4000)));
                    files.stageText(mount.resolve("out/summary.json"), w -> w.write("b".repeat(40_000)));
                    files.publish();
                }
            }).hasMessageContaining("No space left on device");
            assertThat(listing(mount)).containsExactly(".filler");
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> hidden(Path folder) {
        try {
            return listing(folder).stream().filter(n -> n.endsWith(".tmp")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
