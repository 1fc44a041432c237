package org.sgdvalley.ui.valley;

import javafx.beans.property.ReadOnlyIntegerProperty;

/**
 * What the Valley tab needs from the window around it: which run is focused, a way to set that run's
 * step size (a jump to a fraction of its edge), and a place to tell the user something went wrong.
 */
public interface ValleyHost {
    /** The index of the focused run; the tab follows it. */
    ReadOnlyIntegerProperty focusedRunProperty();

    /** Sets the focused run's step size only, whatever applies to the other runs. */
    void applyStepSizeToFocusedRun(double eta);

    /** Shows one line to the user (a failure of the tab's background work), on the JavaFX thread. */
    void showMessage(String line);
}
