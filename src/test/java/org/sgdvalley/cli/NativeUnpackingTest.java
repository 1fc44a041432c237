package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first start says that it unpacks the native libraries, how far it has got, and when it is done. */
class NativeUnpackingTest {
    private static final String JAR = "nd4j-native-1.0.0-M2.1-linux-x86_64.jar";
    private static final int MB = 1_000_000;
    private final StringWriter text = new StringWriter();

    @Test
    void aFirstStartReportsTheUnpackingFromStartToEnd(@TempDir Path cache) throws IOException {
        NativeUnpacking watch = new NativeUnpacking(cache, Map.of(JAR, 10L * MB), new PrintWriter(text, true));
        assertThat(watch.poll()).isFalse();
        assertThat(text.toString()).isEmpty();
        Path libraries = Files.createDirectories(cache.resolve(JAR).resolve("org/nd4j"));
        Files.write(libraries.resolve("libnd4jcpu.so"), new byte[4 * MB]);
        for (int i = 0; i < 3; i++) {
            assertThat(watch.poll()).isFalse();
        }
        assertThat(text.toString()).startsWith("first start: unpacking native libraries (10 MB) into " + cache)
                .contains("first start: unpacked 4 of 10 MB");
        Files.write(libraries.resolve("libnd4jcpu.so"), new byte[10 * MB]);
        assertThat(watch.poll()).isTrue();
        assertThat(text.toString().lines()).last().asString().matches("first start: native libraries unpacked in \\d+ s");
    }

    @Test
    void aCacheAlreadyFullIsSeenAsDone(@TempDir Path cache) throws IOException {
        Files.write(Files.createDirectories(cache.resolve(JAR)).resolve("libnd4jcpu.so"), new byte[MB]);
        NativeUnpacking watch = new NativeUnpacking(cache, Map.of(JAR, (long) MB), new PrintWriter(text, true));
        assertThat(watch.unpackedBytes()).isEqualTo(MB);
    }
}
