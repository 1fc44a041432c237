package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gui --view valley --screenshot} in a separate JVM (JavaFX starts once per JVM, and the TestFX
 * tests already started it in this one), without a display.
 */
@Timeout(300)
class GuiValleyScreenshotTest {
    @TempDir
    Path tmp;

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), "org.sgdvalley.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("log.txt").toFile());
        builder.environment().remove("DISPLAY");
        return builder.start();
    }

    private int finish(Process p) throws InterruptedException {
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("gui finished").isTrue();
        return p.exitValue();
    }

    @Test
    void writesAPngOfTheValleyView() throws Exception {
        Path png = tmp.resolve("valley.png");
        int code = finish(start("gui", "--view", "valley", "--preset", "diag-valley-2d", "--screenshot",
                png.toString(), "--after-steps", "2000"));
        assertThat(code).as(Files.readString(tmp.resolve("log.txt"))).isZero();
        var image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(800);
        assertThat(image.getHeight()).isGreaterThan(600);
    }

    @Test
    void anUnknownViewIsAnErrorAndWritesNothing() throws Exception {
        Path png = tmp.resolve("none.png");
        int code = finish(start("gui", "--view", "valleys", "--screenshot", png.toString()));
        assertThat(code).isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("log.txt")).lines().filter(l -> l.startsWith("error:")))
                .containsExactly("error: --view: must be one of dashboard, valley, got valleys");
        assertThat(png).doesNotExist();
    }
}
