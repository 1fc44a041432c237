package org.sgdvalley.ui;

import org.sgdvalley.ui.base.HeadlessToolkit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.RunResult;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.export.ExportMetadata;
import org.sgdvalley.export.PngExporter;
import org.sgdvalley.export.StagedFiles;
import org.sgdvalley.ui.model.ModelPicture;
import org.sgdvalley.ui.plot.PlotModel;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.PlotView;

/**
 * Writes the dashboard's four plots of finished headless runs as PNG files (loss.png, step-size.png,
 * sparsity.png, model.png) with the export metadata. Starts the JavaFX toolkit if needed; with no
 * display the caller selects the headless platform first.
 */
public final class PngReport {
    /** The file names written, in plot order. */
    public static final List<String> FILES = List.of("loss.png", "step-size.png", "sparsity.png", "model.png");
    private static final double WIDTH = 900;
    private static final double HEIGHT = 560;

    private PngReport() {
    }

    /** Renders the four plots and stages them as files in {@code dir}, to be published with the batch's other outputs. */
    public static void stage(StagedFiles files, Path dir, Experiment experiment, List<RunResult> results)
            throws IOException, InterruptedException {
        HeadlessToolkit.start();
        List<Image> images = render(experiment, results);
        Map<String, String> meta = ExportMetadata.of(experiment.spec(),
                experiment.runs().stream().map(r -> r.stepSizeChanges()).toList(),
                results.stream().mapToLong(RunResult::steps).max().orElse(0));
        for (int i = 0; i < FILES.size(); i++) {
            PngExporter.stage(files, images.get(i), meta, dir.resolve(FILES.get(i)));
        }
    }

    private static List<Image> render(Experiment experiment, List<RunResult> results) throws InterruptedException {
        CompletableFuture<List<Image>> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(snapshots(experiment, results));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("rendering the plots failed: " + e.getCause(), e.getCause());
        }
    }

    private static List<Image> snapshots(Experiment experiment, List<RunResult> results) {
        List<Region> nodes = new ArrayList<>();
        for (PlotModel m : new ReportPlots(experiment.spec(), experiment.metrics().columns(), results).plots()) {
            m.themeProperty().set(PlotTheme.LIGHT);
            nodes.add(new PlotView(m));
        }
        ModelPicture model = new ModelPicture();
        model.show(experiment.spec(), experiment.data());
        nodes.add(model);
        List<Image> images = new ArrayList<>();
        for (Region node : nodes) {
            node.resize(WIDTH, HEIGHT);
            new Scene(new Group(node), WIDTH, HEIGHT);
            node.applyCss();
            node.layout();
            if (node instanceof PlotView view) {
                view.redraw();
            }
            images.add(PngExporter.snapshot(node, 1));
        }
        RunResult focus = results.get(results.size() - 1);
        model.draw(new RunStatus(focus.label(), focus.steps(), experiment.spec().iterations(), Double.NaN,
                Double.NaN, true, focus.divergence(), focus.params()));
        images.set(3, PngExporter.snapshot(model, 1));
        return images;
    }

}
