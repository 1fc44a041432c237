package org.sgdvalley.ui.classroom;

/** What the classroom shortcuts do beyond the run controls; see {@link ShortcutHelp}. */
public interface ClassroomActions {
    /** Saves the dashboard as a numbered PNG in the export folder. */
    void saveDashboard();

    /** Bookmarks the state of every run. */
    void bookmark();

    /** Returns every run to the bookmark. */
    void jumpToBookmark();

    /** Switches presenter view on or off. */
    void togglePresenter();

    /** Shows or hides the controls overlay (presenter view). */
    void toggleControls();

    /** Turns the focused run into side A of an A/B comparison and starts side B. */
    void compare();

    /** Starts or ends the guided tour. */
    void toggleTour();

    /** Moves the guided tour by one stop (+1 or -1), starting it if needed. */
    void tourStep(int delta);

    /** Shows the view of that name: {@code dashboard}, {@code valley} or {@code sweep}. */
    void showView(String name);

    /** Shows or hides the help overlay. */
    void toggleHelp();

    /** Closes the topmost overlay or leaves presenter view; returns false when there was nothing to close. */
    boolean escape();
}
