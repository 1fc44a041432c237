package org.sgdvalley.ui.classroom;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.sgdvalley.ui.base.FrameClock;
import org.sgdvalley.ui.base.TaskExecutor;
import org.sgdvalley.ui.plot.PlotTheme;

/**
 * The window the classroom lives in: what it needs from it, and nothing more. The window implements it;
 * the classroom never sees the window's own classes.
 */
public interface ClassroomHost {
    /** The runs on show and their actions. */
    LessonRuns runs();

    /** The dashboard's cells. */
    DashboardCells dashboard();

    /** The window's one frame clock. */
    FrameClock frameClock();

    /** Where background work (writing files, encoding frames) runs. */
    TaskExecutor tasks();

    /** The window's root: its style classes, stylesheets and scene. */
    Parent root();

    /** The window's central views (the tabs); the classroom wraps them in its overlays. */
    Node center();

    /** Replaces the window's centre. */
    void setCenter(Node center);

    /**
     * Folds the menus and run controls, the side panel and the status bar out of the window (presenter
     * view), or puts them back.
     *
     * @return the node holding the menus and run controls, to show on demand, or null when unfolding
     */
    Node foldChrome(boolean folded);

    /**
     * Shows the input controls inside the views that fold away in presenter view, or folds them so that
     * they leave no empty row (the Valley tab's edge search and jump).
     */
    void showViewControls(boolean shown);

    /** Shows the view of that name: {@code dashboard}, {@code valley} or {@code sweep}. */
    void showView(String name);

    /** The index of the view on show: 0 the dashboard, 1 the valley, 2 the sweep. */
    int shownView();

    /** The plots' theme as chosen in the View menu. */
    PlotTheme plotTheme();

    /** Draws every picture of every view in {@code theme}. */
    void setPlotTheme(PlotTheme theme);

    /** PNG metadata for an export of the current state: preset, seeds, step-size history. */
    Map<String, String> exportMetadata();
}
