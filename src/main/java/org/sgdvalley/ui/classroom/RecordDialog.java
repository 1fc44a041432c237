package org.sgdvalley.ui.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.sgdvalley.engine.run.ExperimentSpec;

/** Asks what to record: the view, the file (.gif or .png sequence), frames, frame rate, size and steps. */
final class RecordDialog {

    /** The answer: which view, and how. */
    record Choice(RecordableView view, RecordingSpec spec) { }

    private RecordDialog() {
    }

    static Optional<Choice> ask(Node owner, List<RecordableView> views, ExperimentSpec preset) {
        ChoiceBox<String> what = new ChoiceBox<>();
        views.forEach(v -> what.getItems().add(v.name()));
        what.getSelectionModel().select(0);
        TextField file = new TextField(defaultFile(preset));
        file.setPrefColumnCount(36);
        TextField frames = new TextField(Integer.toString(RecordingSpec.DEFAULT_FRAMES));
        TextField fps = new TextField(Double.toString(RecordingSpec.DEFAULT_FPS));
        TextField size = new TextField(RecordingSpec.DEFAULT_WIDTH + "x" + RecordingSpec.DEFAULT_HEIGHT);
        TextField steps = new TextField(Long.toString(preset.iterations()));
        Label error = new Label();
        error.getStyleClass().add("message");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("View"), what);
        grid.addRow(1, new Label("File (.gif, or .png for a numbered sequence)"), file);
        grid.addRow(2, new Label("Frames"), frames);
        grid.addRow(3, new Label("Frames per second"), fps);
        grid.addRow(4, new Label("Size (width x height)"), size);
        grid.addRow(5, new Label("Steps of every run, from the start"), steps);
        grid.add(error, 0, 6, 2, 1);
        Dialog<Choice> dialog = new Dialog<>();
        dialog.setTitle("Record animation");
        dialog.setHeaderText("Records the view over the run, restarting it from its initialization.");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                parse(views, what, file, frames, fps, size, steps);
            } catch (IllegalArgumentException invalid) {
                error.setText(invalid.getMessage());
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? parse(views, what, file, frames, fps, size, steps) : null);
        return dialog.showAndWait();
    }

    private static Choice parse(List<RecordableView> views, ChoiceBox<String> what, TextField file, TextField frames,
                                TextField fps, TextField size, TextField steps) {
        int[] wh = RecordingSpec.parseSize(size.getText());
        RecordingSpec spec = new RecordingSpec(Path.of(file.getText().trim()), parseInt("--frames", frames.getText()),
                parseDouble("--fps", fps.getText()), wh[0], wh[1], parseLong("--after-steps", steps.getText()), false);
        if (Files.exists(spec.target())) {
            throw new IllegalArgumentException(spec.target() + " exists: choose another name");
        }
        return new Choice(views.get(Math.max(0, what.getSelectionModel().getSelectedIndex())), spec);
    }

    private static String defaultFile(ExperimentSpec preset) {
        try {
            Path dir = ExportFolder.folder();
            return ExportFolder.nextFree(dir, preset.name().replace(" (A/B)", "-ab"), "gif").toString();
        } catch (IOException e) {
            return preset.name() + ".gif";
        }
    }

    private static int parseInt(String what, String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": must be an integer, got " + text);
        }
    }

    private static long parseLong(String what, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": must be an integer, got " + text);
        }
    }

    private static double parseDouble(String what, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": must be a number, got " + text);
        }
    }
}
