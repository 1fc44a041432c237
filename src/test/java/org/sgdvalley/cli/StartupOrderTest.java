package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sgdvalley.engine.metric.Linalg;

/**
 * Start-up order of the desktop app in a JVM of its own: with the native libraries unpacked, ND4J has
 * loaded before the window shows its first content, so E1's first status (rank needs LAPACK) never
 * waits for the window system's libraries to load first.
 */
class StartupOrderTest {

    @Test
    @Timeout(180)
    void linearAlgebraIsLoadedBeforeTheFirstContent() throws Exception {
        Linalg.warmUp(); // unpacks the native libraries into JavaCPP's cache, as any earlier start has
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.sgdvalley.Main", "gui", "--startup-probe");
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().filter(l -> l.startsWith("startup: ")).forEach(lines::add);
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("startup: first content after ").endsWith("ND4J loaded before the window opened");
    }
}
