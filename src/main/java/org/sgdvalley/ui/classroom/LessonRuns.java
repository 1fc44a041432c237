package org.sgdvalley.ui.classroom;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.Trainer;
import org.sgdvalley.engine.run.ExperimentSpec;

/** The runs a lesson shows, as the classroom drives them: the presets, the trainer and the run actions. */
public interface LessonRuns {
    /** The presets in the order keys 1-9 open them. */
    List<ExperimentSpec> presets();

    /** The preset on show; setting it replaces the runs. */
    ObjectProperty<ExperimentSpec> presetProperty();

    /** The trainer's state as of the last frame. */
    ReadOnlyObjectProperty<ControllerStatus> statusProperty();

    /** The trainer of the runs. */
    Trainer controller();

    /** The run the step-size controls and the model picture follow. */
    ReadOnlyIntegerProperty focusedRunProperty();

    /** The window's one-line message. */
    ReadOnlyStringProperty messageProperty();

    /** Shows a one-line message. */
    void showMessage(String text);

    /** Bookmarks the state of every run. */
    void bookmark();

    /** Returns every run to the bookmark. */
    void jumpToBookmark();

    /** Turns the focused run into side A of an A/B comparison and starts side B. */
    void compare();

    /** Brings back the runs replaced last. */
    void restoreKept();

    /** Keeps the current runs so that they can be brought back; returns the message saying so, or "". */
    String keepRuns();
}
