package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gui --screenshot FILE --size WxH}: the window laid out at that size, headless; a bad size refused. */
class GuiScreenshotSizeTest extends InProcessCli {
    @TempDir
    Path tmp;

    @Test
    void theScreenshotIsTheWindowAtTheGivenSize() throws Exception {
        Path png = tmp.resolve("projector.png");
        Path log = tmp.resolve("log.txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.sgdvalley.Main", "gui", "--preset", "toy-quadratic",
                "--screenshot", png.toString(), "--size", "1280x720", "--after-steps", "10");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("DISPLAY");
        Process p = builder.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("gui finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
    }

    @Test
    void aSizeOutOfRangeOrMalformedIsOneErrorLineNamingTheRange() {
        for (String size : List.of("100x100", "1280x", "x720", "1280*720", "9000x720", "1280x5000", "abc")) {
            Path png = tmp.resolve("none.png");
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            int code = run("gui", "--screenshot", png.toString(), "--size", size);
            assertThat(code).as(size).isEqualTo(2);
            assertThat(err.toString().lines().toList()).as(size).containsExactly("error: --size: must be WIDTHxHEIGHT "
                    + "with width in [1024, 7680] and height in [600, 4320], got " + size);
            assertThat(png).doesNotExist();
        }
    }
}
