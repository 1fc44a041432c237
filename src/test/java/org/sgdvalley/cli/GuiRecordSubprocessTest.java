package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gui --record} in a JVM of its own (JavaFX starts once per JVM), without a display: it must
 * render headless, write the GIF and exit 0; bad options exit 2 with one line and write nothing.
 */
class GuiRecordSubprocessTest {
    @TempDir
    Path dir;

    private static Process start(Path workDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.sgdvalley.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().remove("DISPLAY");
        builder.redirectErrorStream(true);
        builder.redirectOutput(workDir.resolve("out.txt").toFile());
        return builder.start();
    }

    private int finish(Process p) throws Exception {
        if (!p.waitFor(150, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("gui --record did not end within 150 s");
        }
        return p.exitValue();
    }

    @Test
    void recordsAGifHeadlessAndExits() throws Exception {
        Path gif = dir.resolve("x.gif");
        // a preset that takes a moment to build: the recording must wait for its first experiment
        Process p = start(dir, "gui", "--preset", "diag-sgd-decay", "--record", gif.toString(), "--after-steps", "2000",
                "--frames", "6", "--fps", "5", "--size", "400x250", "--presenter");
        int code = finish(p);
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(6);
            for (int i = 0; i < 6; i++) {
                assertThat(reader.getWidth(i)).isEqualTo(400);
                assertThat(reader.getHeight(i)).isEqualTo(250);
            }
            reader.dispose();
        }
        File[] left = dir.toFile().listFiles((d, name) -> name.endsWith(".tmp"));
        assertThat(left).isEmpty();
    }

    @Test
    void badRecordingOptionsExitTwoWithOneLine() throws Exception {
        Process p = start(dir, "gui", "--record", dir.resolve("x.mp4").toString());
        assertThat(finish(p)).isEqualTo(2);
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8).strip();
        assertThat(out).startsWith("error: --record:").doesNotContain("\n");
        assertThat(dir.resolve("x.mp4")).doesNotExist();
    }
}
