package org.sgdvalley;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdvalley.export.PngExporter;

/**
 * {@code gui --screenshot} and bad {@code gui} options, in a separate JVM without a display, as a user
 * would run them (JavaFX starts only once per JVM, so the app cannot be launched in the test JVM).
 */
class GuiScreenshotTest {
    @TempDir
    Path tmp;

    static Process start(Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.sgdvalley.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("DISPLAY");
        return pb.start();
    }

    @Test
    void screenshotOfTheWholeWindowAfterNSteps() throws Exception {
        Path png = tmp.resolve("window.png");
        Process p = start(tmp.resolve("log.txt"), "gui", "--preset", "toy-quadratic", "--screenshot", png.toString(),
                "--after-steps", "500");
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("the app exits by itself").isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve("log.txt"))).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(1000);
        assertThat(image.getHeight()).isGreaterThan(700);
        assertThat(PngExporter.readMetadata(png)).containsEntry("Preset", "toy-quadratic");
        assertThat(Long.parseLong(PngExporter.readMetadata(png).get("Iteration"))).isGreaterThanOrEqualTo(500);
    }

    @Test
    void badOptionsExitTwoWithOneErrorLine() throws Exception {
        Path existing = Files.createFile(tmp.resolve("there.png"));
        for (String[] args : List.of(new String[] {"gui", "--after-steps", "0", "--screenshot", "x.png"},
                new String[] {"gui", "--preset", "nope", "--screenshot", tmp.resolve("a.png").toString()},
                new String[] {"gui", "--screenshot", existing.toString()},
                new String[] {"gui", "--screenshot", tmp.resolve("a.txt").toString()})) {
            Path log = tmp.resolve("bad.txt");
            Process p = start(log, args);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String out = Files.readString(log);
            assertThat(p.exitValue()).as(out).isEqualTo(2);
            assertThat(out.lines().filter(l -> l.startsWith("error:")).count()).as(out).isEqualTo(1);
            assertThat(out).doesNotContain("Exception");
        }
        assertThat(new File(tmp.toFile(), "a.png")).doesNotExist();
    }
}
