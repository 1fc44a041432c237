package org.sgdvalley.ui.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import org.sgdvalley.engine.sweep.SweepGrid;
import org.sgdvalley.export.PngExporter;
import org.sgdvalley.ui.base.HeadlessToolkit;

/**
 * Writes a heat map per quantity of a finished sweep as {@code map-QUANTITY.png}, drawn by the
 * window's {@link HeatMapView}, with the given metadata. Starts the JavaFX toolkit if needed; with no
 * display the caller selects the headless platform first.
 */
public final class SweepPng {
    private static final double WIDTH = 1100;
    private static final double HEIGHT = 700;

    private SweepPng() {
    }

    /** The file name of a quantity's map. */
    public static String file(String quantity) {
        return "map-" + quantity + ".png";
    }

    /** The file names written for a sweep, in the order of its quantities. */
    public static List<String> files(List<String> quantities) {
        return quantities.stream().map(SweepPng::file).toList();
    }

    /** Renders and writes every map into {@code dir}, replacing files of the same names. */
    public static void write(Path dir, SweepGrid grid, Map<String, String> metadata)
            throws IOException, InterruptedException {
        HeadlessToolkit.start();
        CompletableFuture<List<Image>> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(render(grid));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        List<Image> images;
        try {
            images = done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("rendering the maps failed: " + e.getCause(), e.getCause());
        }
        for (int k = 0; k < images.size(); k++) {
            String quantity = grid.quantities().get(k);
            Map<String, String> meta = new LinkedHashMap<>(metadata);
            meta.put("Quantity", quantity);
            PngExporter.write(images.get(k), meta, dir.resolve(file(quantity)), true);
        }
    }

    private static List<Image> render(SweepGrid grid) {
        HeatMapView view = new HeatMapView();
        view.setPrefSize(WIDTH, HEIGHT);
        view.resize(WIDTH, HEIGHT);
        new Scene(new Group(view), WIDTH, HEIGHT);
        List<Image> images = new ArrayList<>();
        for (String quantity : grid.quantities()) {
            view.show(grid, quantity);
            images.add(PngExporter.snapshot(view, 1));
        }
        return images;
    }
}
