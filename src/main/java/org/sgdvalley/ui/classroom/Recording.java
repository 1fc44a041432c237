package org.sgdvalley.ui.classroom;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * Recording an animation of a view: asks what to record, runs the {@link AnimationRecorder} and shows
 * its progress with a Cancel button (the box to place over the window is {@link #progressBox()}).
 */
final class Recording {
    private final ClassroomHost host;
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final HBox progressBox;
    private AnimationRecorder recorder;

    Recording(ClassroomHost host) {
        this.host = host;
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> cancel());
        progress.setId("record-progress");
        progress.setPrefWidth(220);
        progressBox = new HBox(10, progressText, progress, cancel);
        progressBox.getStyleClass().add("progress-box");
        progressBox.setAlignment(Pos.CENTER_LEFT);
        progressBox.setPadding(new Insets(8, 12, 8, 12));
        progressBox.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        progressBox.setVisible(false);
    }

    /** The progress bar with its Cancel button, visible while recording. */
    HBox progressBox() {
        return progressBox;
    }

    /** Asks what to record and how, then records it; the window's message tells the outcome. */
    void recordWithDialog(List<RecordableView> views) {
        LessonRuns runs = host.runs();
        RecordDialog.ask(host.root(), views, runs.presetProperty().get())
                .ifPresent(choice -> record(choice.view(), choice.spec(), error -> runs.showMessage(
                        error == null ? "Animation saved: " + choice.spec().target() : "Animation not saved: " + error)));
    }

    /**
     * Records {@code what} in the background, restarting every run (the runs replaced are kept, as the
     * message says).
     *
     * @param done gets null on success, else a one-line error (on the JavaFX thread)
     */
    void record(RecordableView what, RecordingSpec spec, Consumer<String> done) {
        if (recorder != null && recorder.runningProperty().get()) {
            done.accept("a recording is already running");
            return;
        }
        LessonRuns runs = host.runs();
        recorder = new AnimationRecorder(runs.controller(), what.node(), spec, host.exportMetadata(),
                host.plotTheme().background(), host.frameClock(), host.tasks());
        AnimationRecorder shown = recorder;
        progress.progressProperty().bind(shown.progressProperty());
        progressText.textProperty().bind(Bindings.createStringBinding(
                () -> progressLine(spec, shown.progressProperty().get()), shown.progressProperty()));
        progressBox.visibleProperty().bind(shown.runningProperty());
        String kept = runs.keepRuns();
        if (!kept.isEmpty()) {
            runs.showMessage(kept);
        }
        try {
            shown.start(done);
        } catch (IOException | RuntimeException e) {
            progressBox.visibleProperty().unbind();
            progressBox.setVisible(false);
            done.accept(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** What the recorder is doing: the rehearsal that fits the axes, then the recording proper. */
    private static String progressLine(RecordingSpec spec, double progress) {
        long done = Math.round(2 * progress * spec.frames());
        return done < spec.frames()
                ? String.format("Fitting the axes of %s: %d / %d frames", spec.target().getFileName(), done, spec.frames())
                : String.format("Recording %s: %d / %d frames", spec.target().getFileName(), done - spec.frames(),
                        spec.frames());
    }

    /** Cancels the recording running, if any. */
    void cancel() {
        if (recorder != null) {
            recorder.cancel();
        }
    }

    /** The recorder of the last recording, or null. */
    AnimationRecorder recorder() {
        return recorder;
    }
}
