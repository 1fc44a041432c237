package org.sgdvalley.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.export.CsvWriter;
import org.sgdvalley.export.PngExporter;
import org.sgdvalley.ui.base.TaskExecutor;

/**
 * Exports from the window: any plot or the whole dashboard as PNG (x1, x2 or x3, with the preset,
 * seeds and step-size history in its metadata) and the runs' metrics as CSV. Files are written
 * atomically on the window's task executor; an existing file is replaced only when the user confirmed it.
 */
final class ExportActions {
    private final MainView view;

    ExportActions(MainView view) {
        this.view = view;
    }

    /** Asks for a file, then exports {@code node} at {@code scale}. */
    void choosePng(Node node, String name, int scale) {
        Path file = choose(name + ".png", new FileChooser.ExtensionFilter("PNG image", "*.png"));
        if (file != null) {
            // the save dialog has already asked before replacing an existing file
            exportPng(node, scale, file, true);
        }
    }

    /** Asks for a file, then exports the metrics. */
    void chooseCsv() {
        Path file = choose("metrics.csv", new FileChooser.ExtensionFilter("CSV table", "*.csv"));
        if (file != null) {
            exportCsv(file, true);
        }
    }

    private Path choose(String initialName, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(filter);
        Window owner = view.getScene() == null ? null : view.getScene().getWindow();
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    /** Snapshots {@code node} now (on the JavaFX thread) and writes the PNG in the background. */
    void exportPng(Node node, int scale, Path file, boolean overwrite) {
        Image image = PngExporter.snapshot(node, scale);
        Map<String, String> meta = view.exportMetadata();
        inBackground(file, () -> PngExporter.write(image, meta, file, overwrite));
    }

    /** Writes the runs' measured metrics as CSV in the background. */
    void exportCsv(Path file, boolean overwrite) {
        ControllerStatus status = view.viewModel().statusProperty().get();
        var session = view.viewModel().controller().session();
        if (status == null || session == null || status.generation() != session.generation()) {
            return;
        }
        List<String> columns = session.experiment().metrics().columns();
        var results = LiveResults.of(session, status);
        inBackground(file, () -> CsvWriter.write(file, columns, results, overwrite));
    }

    private interface FileJob {
        void run() throws IOException;
    }

    private void inBackground(Path file, FileJob job) {
        TaskExecutor tasks = view.viewModel().tasks();
        tasks.execute(() -> {
            String message;
            try {
                job.run();
                message = "Saved " + file;
            } catch (IOException | RuntimeException e) {
                message = "Export failed: " + e.getMessage();
            }
            String shown = message;
            tasks.onUiThread(() -> view.viewModel().showMessage(shown));
        });
    }
}
