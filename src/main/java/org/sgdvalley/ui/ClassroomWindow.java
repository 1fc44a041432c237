package org.sgdvalley.ui;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.GridPane;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.Trainer;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.ui.base.FrameClock;
import org.sgdvalley.ui.base.TaskExecutor;
import org.sgdvalley.ui.classroom.ClassroomHost;
import org.sgdvalley.ui.classroom.DashboardCells;
import org.sgdvalley.ui.classroom.LessonRuns;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.PlotView;

/**
 * The main window as the classroom sees it: the view model's runs, the dashboard's cells, the frame
 * clock, the task executor and the window's slots, which presenter view folds away and puts back.
 */
final class ClassroomWindow implements ClassroomHost {
    private final MainView view;
    private final TaskExecutor tasks;
    private final LessonRuns runs;
    private final DashboardCells cells;
    private Node savedTop;
    private Node savedLeft;
    private Node savedBottom;

    ClassroomWindow(MainView view, TaskExecutor tasks) {
        this.view = view;
        this.tasks = tasks;
        this.runs = new Runs(view.viewModel());
        this.cells = new Cells(view.dashboard());
    }

    @Override
    public LessonRuns runs() {
        return runs;
    }

    @Override
    public DashboardCells dashboard() {
        return cells;
    }

    @Override
    public FrameClock frameClock() {
        return view.frameClock();
    }

    @Override
    public TaskExecutor tasks() {
        return tasks;
    }

    @Override
    public Parent root() {
        return view;
    }

    @Override
    public Node center() {
        return view.getCenter();
    }

    @Override
    public void setCenter(Node center) {
        view.setCenter(center);
    }

    @Override
    public Node foldChrome(boolean folded) {
        if (folded) {
            savedTop = view.getTop();
            savedLeft = view.getLeft();
            savedBottom = view.getBottom();
            view.setTop(null);
            view.setLeft(null);
            view.setBottom(null);
            return savedTop;
        }
        view.setTop(savedTop);
        view.setLeft(savedLeft);
        view.setBottom(savedBottom);
        return null;
    }

    @Override
    public void showViewControls(boolean shown) {
        view.valley().showControls(shown);
    }

    @Override
    public void showView(String name) {
        view.selectView(name);
    }

    @Override
    public int shownView() {
        return view.selectedView();
    }

    @Override
    public PlotTheme plotTheme() {
        return view.dashboard().plots().loss().themeProperty().get();
    }

    @Override
    public void setPlotTheme(PlotTheme theme) {
        view.dashboard().setTheme(theme);
        view.valley().setTheme(theme);
    }

    @Override
    public Map<String, String> exportMetadata() {
        return view.exportMetadata();
    }

    /** The view model's runs and run actions. */
    private record Runs(MainViewModel vm) implements LessonRuns {
        @Override
        public List<ExperimentSpec> presets() {
            return vm.presets();
        }

        @Override
        public ObjectProperty<ExperimentSpec> presetProperty() {
            return vm.presetProperty();
        }

        @Override
        public ReadOnlyObjectProperty<ControllerStatus> statusProperty() {
            return vm.statusProperty();
        }

        @Override
        public Trainer controller() {
            return vm.controller();
        }

        @Override
        public ReadOnlyIntegerProperty focusedRunProperty() {
            return vm.focusedRunProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return vm.messageProperty();
        }

        @Override
        public void showMessage(String text) {
            vm.showMessage(text);
        }

        @Override
        public void bookmark() {
            vm.bookmark();
        }

        @Override
        public void jumpToBookmark() {
            vm.jumpToBookmark();
        }

        @Override
        public void compare() {
            vm.compare();
        }

        @Override
        public void restoreKept() {
            vm.restoreKept();
        }

        @Override
        public String keepRuns() {
            return vm.keepRuns();
        }
    }

    /** The dashboard's grid and cells. */
    private record Cells(Dashboard dashboard) implements DashboardCells {
        @Override
        public GridPane grid() {
            return dashboard;
        }

        @Override
        public PlotView lossPlot() {
            return dashboard.views().get(0);
        }

        @Override
        public PlotView stepSizePlot() {
            return dashboard.views().get(1);
        }

        @Override
        public PlotView sparsityPlot() {
            return dashboard.views().get(2);
        }

        @Override
        public Node modelPicture() {
            return dashboard.model();
        }

        @Override
        public ObjectProperty<String> sparsityMetricProperty() {
            return dashboard.plots().sparsityMetricProperty();
        }
    }
}
