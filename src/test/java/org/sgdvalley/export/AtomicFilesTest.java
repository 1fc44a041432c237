package org.sgdvalley.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesAndReplacesWhenAllowed() throws IOException {
        Path target = dir.resolve("out.csv");
        AtomicFiles.write(target, bytes("one"), false);
        AtomicFiles.write(target, bytes("two"), true);
        assertThat(Files.readString(target)).isEqualTo("two");
        assertThat(listing()).containsExactly("out.csv");
    }

    @Test
    void refusesToOverwriteAndNamesThePath() throws IOException {
        Path target = dir.resolve("plot.png");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, bytes("new"), false))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("not overwriting");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(listing()).containsExactly("plot.png");
    }

    @Test
    void failingWriterLeavesNeitherTargetNorTempFile() throws IOException {
        Path target = dir.resolve("half.bin");
        assertThatThrownBy(() -> AtomicFiles.write(target, false, out -> {
            out.write(new byte[10_000]);
            throw new IOException("disk full");
        })).hasMessageEndingWith(": disk full");
        assertThat(listing()).isEmpty();
    }

    @Test
    void failingWriterKeepsTheOldContent() throws IOException {
        Path target = dir.resolve("kept.txt");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, true, out -> {
            out.write(bytes("ne"));
            throw new IOException("interrupted");
        })).isInstanceOf(IOException.class);
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(listing()).containsExactly("kept.txt");
    }

    @Test
    void unwritableFolderGivesAShortMessageAndNoFile() throws IOException {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        Path target = notAFolder.resolve("out.png");
        assertThatThrownBy(() -> AtomicFiles.write(target, bytes("x"), true))
                .isInstanceOf(IOException.class)
                .hasMessage("Cannot write " + target + ": " + notAFolder + " is not a folder");
        assertThat(listing()).containsExactly("file");
        Path missing = dir.resolve("missing").resolve("out.png");
        AtomicFiles.write(missing, bytes("x"), false);
        assertThat(missing).hasContent("x");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
