package org.sgdvalley.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifWriterTest {
    @TempDir
    Path dir;

    static BufferedImage frame(int w, int h, int k) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLUE);
        g.fillRect(k * 5, 10, 20, 20);
        g.dispose();
        return img;
    }

    /** Reads a GIF back: frame count, each frame's size and delay (hundredths of a second). */
    static int[][] readBack(Path gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            int[][] frames = new int[n][];
            for (int i = 0; i < n; i++) {
                BufferedImage img = reader.read(i);
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                frames[i] = new int[] {img.getWidth(), img.getHeight(), Integer.parseInt(gce.getAttribute("delayTime"))};
            }
            reader.dispose();
            return frames;
        }
    }

    @Test
    void writesEveryFrameAtItsSizeWithTheFrameDelay() throws Exception {
        Path gif = dir.resolve("a.gif");
        GifWriter writer = new GifWriter(gif, 8, false);
        for (int k = 0; k < 6; k++) {
            assertThat(gif).doesNotExist();
            writer.add(frame(160, 100, k));
        }
        writer.finish();
        int[][] frames = readBack(gif);
        assertThat(frames).hasNumberOfRows(6);
        for (int[] f : frames) {
            assertThat(f).containsExactly(160, 100, 13);
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(gif);
        }
        byte[] bytes = Files.readAllBytes(gif);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("NETSCAPE2.0");
    }

    @Test
    void refusesToOverwriteAndLeavesNothingWhenAborted() throws Exception {
        Path gif = dir.resolve("b.gif");
        Files.writeString(gif, "keep");
        assertThatThrownBy(() -> new GifWriter(gif, 10, false)).isInstanceOf(FileAlreadyExistsException.class);
        Path other = dir.resolve("c.gif");
        GifWriter writer = new GifWriter(other, 10, false);
        writer.add(frame(50, 40, 0));
        writer.abort();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(gif);
        }
        assertThat(Files.readString(gif)).isEqualTo("keep");
    }

    @Test
    void aPngSequenceNumbersItsFramesAndCarriesTheMetadata() throws Exception {
        FrameSink sink = FrameSink.open(dir.resolve("run.png"), 10, Map.of("Preset", "toy"), false);
        for (int k = 0; k < 3; k++) {
            sink.add(frame(64, 48, k));
        }
        sink.finish();
        for (int k = 1; k <= 3; k++) {
            File f = dir.resolve(String.format("run-%04d.png", k)).toFile();
            assertThat(ImageIO.read(f).getWidth()).isEqualTo(64);
            assertThat(PngExporter.readMetadata(f.toPath())).containsEntry("Preset", "toy");
        }
        assertThatThrownBy(() -> FrameSink.open(dir.resolve("x.mp4"), 10, Map.of(), false))
                .hasMessageContaining(".gif");
    }
}
