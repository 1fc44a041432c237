package org.sgdvalley.ui.sweep;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.ui.base.TaskExecutor;

/**
 * What the Sweep tab needs of the window it sits in: the preset on show and its focused run, to sweep
 * them; the preset to replace and play, to open a cell live; and the executor to run sweeps on.
 */
public interface SweepHost {

    /** The preset on show; setting it switches the window to another experiment. */
    ObjectProperty<ExperimentSpec> presetProperty();

    /** The run the window is focused on. */
    ReadOnlyIntegerProperty focusedRunProperty();

    /** Plays the window's runs. */
    void play();

    /** Where background work runs, and how its results come back to the JavaFX thread. */
    TaskExecutor tasks();
}
