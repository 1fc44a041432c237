package org.sgdvalley.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed preset of the corpus (src/test/resources/malformed, expectations in expected.tsv:
 * file, field path or "(file)", message fragment) fails with one line naming the path.
 */
class MalformedPresetTest {

    static Stream<Arguments> corpus() throws IOException {
        return read("/malformed/expected.tsv").lines().map(line -> line.split("\t"))
                .map(f -> Arguments.of(f[0], f[1], f[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void rejectsWithOneLineNamingThePath(String file, String path, String fragment) throws IOException {
        String source = file + ".yaml";
        byte[] bytes = bytes("/malformed/" + source);
        String expectedPath = path.equals("(file)") ? source : path;
        long start = System.nanoTime();
        assertThatThrownBy(() -> PresetLoader.parse(bytes, source))
                .isInstanceOfSatisfying(PresetException.class, e -> {
                    assertThat(e.path()).isEqualTo(expectedPath);
                    assertThat(e.getMessage()).startsWith(expectedPath + ": ").contains(fragment)
                            .doesNotContain("\n");
                });
        assertThat((System.nanoTime() - start) / 1e9).as("seconds to reject").isLessThan(2.0);
    }

    @Test
    void corpusIsLarge() throws IOException {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(120);
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/malformed"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".yaml")).count()).isEqualTo(corpus().count());
        }
    }

    @Test
    void rejectsAFiftyMegabyteFileBySizeWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.yaml");
        try (var channel = FileChannel.open(huge, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap("name: x\n".getBytes(StandardCharsets.UTF_8)), 50L << 20);
        }
        assertThat(Files.size(huge)).isGreaterThan(50L << 20);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        assertThatThrownBy(() -> PresetLoader.load(huge)).isInstanceOf(PresetException.class)
                .hasMessage(huge + ": file is larger than 1 MB (" + Files.size(huge) + " bytes)");
        long grown = rt.totalMemory() - rt.freeMemory() - before;
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
        // a read would allocate 50 MB at once; the size check allocates nothing of the kind
        assertThat(grown).as("heap growth in bytes").isLessThan(20L << 20);
    }

    @Test
    void rejectsADirectory(@TempDir Path dir) {
        assertThatThrownBy(() -> PresetLoader.load(dir)).isInstanceOf(PresetException.class)
                .hasMessage(dir + ": is a directory, expected a preset .yaml file");
    }

    @Test
    void rejectsAMissingFile(@TempDir Path dir) {
        assertThatThrownBy(() -> PresetLoader.load(dir.resolve("nope.yaml"))).isInstanceOf(PresetException.class)
                .hasMessageEndingWith("nope.yaml: no such preset file");
    }

    @Test
    void rejectsAFileAboveOneMegabyteBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "description: \"" + "x".repeat(1 << 20) + "\"\n");
        assertThatThrownBy(() -> PresetLoader.load(big)).isInstanceOf(PresetException.class)
                .hasMessageContaining("big.yaml: file is larger than 1 MB");
        byte[] bytes = Files.readAllBytes(big);
        assertThatThrownBy(() -> PresetLoader.parse(bytes, "big.yaml")).hasMessageContaining("larger than 1 MB");
    }

    @Test
    void rejectsManyKeysJustBelowTheSizeLimitQuickly() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; yaml.length() < 1_000_000; i++) {
            yaml.append("k").append(i).append(": ").append(i).append('\n');
        }
        byte[] bytes = yaml.toString().getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PresetLoader.parse(bytes, "keys.yaml"))
                .hasMessageStartingWith("k0: unknown key, allowed: name, title");
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = MalformedPresetTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }

    private static String read(String resource) throws IOException {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }
}
