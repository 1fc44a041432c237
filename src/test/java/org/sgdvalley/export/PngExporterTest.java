package org.sgdvalley.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class PngExporterTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void snapshotAtEachScaleHasThatManyPixels() throws Exception {
        for (int scale = 1; scale <= 3; scale++) {
            int s = scale;
            WritableImage image = onFx(() -> PngExporter.snapshot(square(), s));
            assertThat((int) image.getWidth()).isEqualTo(60 * scale);
            assertThat((int) image.getHeight()).isEqualTo(40 * scale);
        }
    }

    @Test
    void metadataRoundTripsIncludingNonLatinText() throws Exception {
        WritableImage image = onFx(() -> PngExporter.snapshot(square(), 2));
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("preset", "diag-sgd-decay");
        metadata.put("seeds", "data=0, sgd=1");
        metadata.put("step sizes", "0:0.27; 50000:0.18 (decay x1.5)");
        metadata.put("title", "η schedule → sparse");
        Path file = dir.resolve("square.png");
        PngExporter.write(image, metadata, file, false);

        assertThat(PngExporter.readMetadata(file)).isEqualTo(metadata);
        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(120);
        assertThat(read.getRGB(60, 40)).isEqualTo(0xFFD55E00);
    }

    @Test
    void refusesToOverwriteAndRejectsBadKeywords() throws Exception {
        WritableImage image = onFx(() -> PngExporter.snapshot(square(), 1));
        Path file = dir.resolve("plot.png");
        Files.writeString(file, "keep");
        assertThatThrownBy(() -> PngExporter.write(image, Map.of(), file, false))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo("keep");
        assertThatThrownBy(() -> PngExporter.write(image, Map.of(" lead", "x"), dir.resolve("a.png"), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PngExporter.write(image, Map.of("k".repeat(80), "x"), dir.resolve("a.png"), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(dir.resolve("a.png")).doesNotExist();
    }

    @Test
    void snapshotNeedsTheFxThreadAndAValidScale() {
        assertThatThrownBy(() -> PngExporter.snapshot(new Pane(), 2)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PngExporter.snapshot(new Pane(), 4)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Pane square() {
        Pane pane = new Pane(new Rectangle(60, 40, Color.web("#D55E00")));
        pane.resize(60, 40);
        return pane;
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
