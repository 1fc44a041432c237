package org.sgdvalley.ui.classroom;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.image.Image;
import org.sgdvalley.export.PngExporter;

/**
 * The quick export (S): the dashboard as a numbered PNG in the export folder, with the run's metadata.
 * The picture is taken on the JavaFX thread; the file is written in the background.
 */
final class DashboardPng {
    private final ClassroomHost host;

    DashboardPng(ClassroomHost host) {
        this.host = host;
    }

    /** Saves the dashboard as {@code <preset>-NNN.png}; the window's message says where, or why not. */
    void save() {
        LessonRuns runs = host.runs();
        try {
            Image image = FrameSnapshot.of(host.dashboard().grid(), 1);
            Map<String, String> metadata = host.exportMetadata();
            Path dir = ExportFolder.folder();
            String stem = runs.presetProperty().get().name().replace(" (A/B)", "-ab");
            host.tasks().execute(() -> {
                try {
                    Path file = writeNumbered(dir, stem, image, metadata);
                    host.tasks().onUiThread(() -> runs.showMessage("Saved " + file));
                } catch (IOException | RuntimeException e) {
                    host.tasks().onUiThread(() -> runs.showMessage("Cannot save the PNG: " + e.getMessage()));
                }
            });
        } catch (IOException | RuntimeException e) {
            runs.showMessage("Cannot save the PNG: " + e.getMessage());
        }
    }

    private static Path writeNumbered(Path dir, String stem, Image image, Map<String, String> metadata)
            throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path file = ExportFolder.nextFree(dir, stem, "png");
            try {
                PngExporter.write(image, metadata, file, false);
                return file;
            } catch (FileAlreadyExistsException raced) {
                if (attempt > 100) {
                    throw raced;
                }
            }
        }
    }
}
