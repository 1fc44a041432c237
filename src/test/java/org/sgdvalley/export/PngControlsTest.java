package org.sgdvalley.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;

/** A PNG export is the picture, without the controls laid over it; a screenshot keeps them. */
@Timeout(60)
class PngControlsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit the window tests share
    }

    @Test
    void aChooserOverAPlotIsNotInItsExport() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Rectangle picture = new Rectangle(300, 200, Color.WHITE);
                ComboBox<String> chooser = new ComboBox<>();
                chooser.getItems().add("l0");
                chooser.getSelectionModel().select(0);
                chooser.setPrefSize(120, 40);
                StackPane cell = new StackPane(picture, chooser);
                StackPane.setAlignment(chooser, Pos.TOP_RIGHT);
                new Scene(cell, 300, 200);
                cell.applyCss();
                cell.layout();
                for (int scale = 1; scale <= 3; scale++) {
                    WritableImage export = PngExporter.snapshot(cell, scale);
                    assertThat(whiteShare(export, scale)).as("x%d: only the white picture under the chooser", scale)
                            .isEqualTo(1.0);
                    assertThat(chooser.isVisible()).as("the chooser shows again on screen").isTrue();
                }
                assertThat(whiteShare(PngExporter.screenshot(cell, 1), 1)).as("a screenshot shows the chooser")
                        .isLessThan(0.9);
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }

    /** The share of white pixels where the chooser sits (top right, 120 x 40 view pixels). */
    private static double whiteShare(WritableImage image, int scale) {
        int white = 0;
        int all = 0;
        for (int y = 0; y < 40 * scale; y++) {
            for (int x = (int) image.getWidth() - 120 * scale; x < image.getWidth(); x++) {
                all++;
                if (image.getPixelReader().getArgb(x, y) == 0xffffffff) {
                    white++;
                }
            }
        }
        return (double) white / all;
    }
}
