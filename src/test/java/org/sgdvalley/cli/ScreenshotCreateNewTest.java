package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.GuiOptions;
import org.sgdvalley.ui.SgdValleyApp;
import org.sgdvalley.ui.classroom.StartOptions;

/**
 * {@code gui --screenshot FILE} without {@code --force} creates FILE new when it saves it: a file that
 * appeared after the command's up-front check (here: before the app starts, which the check did not see)
 * is kept and the app exits 2. In a separate JVM, as JavaFX starts once per JVM.
 */
class ScreenshotCreateNewTest {
    @TempDir
    Path tmp;

    /** Opens the app on a screenshot whose file exists already, as if created after the check, without --force. */
    public static final class AfterTheCheck {
        public static void main(String[] args) {
            Headless.useIfNoDisplay();
            var preset = PresetCatalog.bundled("diag-valley-2d");
            System.exit(SgdValleyApp.launch(new GuiOptions(List.of(preset), preset, true, Path.of(args[0]), 10,
                    "dashboard", false, null), new StartOptions(false, null, System.err::println)));
        }
    }

    @Test
    @Timeout(150)
    void aFileThatAppearedMeanwhileIsKept() throws Exception {
        Path png = tmp.resolve("shot.png");
        Files.writeString(png, "someone else's file");
        Path log = tmp.resolve("log.txt");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), AfterTheCheck.class.getName(), png.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("app finished").isTrue();
        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output.lines().filter(l -> l.startsWith("error:")))
                .containsExactly("error: --screenshot: " + png.toAbsolutePath() + ": file exists, not overwriting");
        assertThat(Files.readString(png)).isEqualTo("someone else's file");
        try (var left = Files.list(tmp)) {
            assertThat(left).as("no temporary file left").containsExactlyInAnyOrder(png, log);
        }
    }
}
