package org.sgdvalley.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sgdvalley.diagnostics.FailureLog;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.ExperimentController;
import org.sgdvalley.engine.run.ExperimentController.Session;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.base.SameThreadTaskExecutor;
import org.sgdvalley.ui.base.TaskExecutor;
import org.sgdvalley.ui.plot.CurveKind;
import org.sgdvalley.ui.plot.PlotTheme;

/** The Valley tab's state and actions, without a toolkit: its background work runs on the test's thread. */
@Timeout(60)
class ValleyViewModelTest {
    private final SimpleIntegerProperty focus = new SimpleIntegerProperty();
    private final List<Double> applied = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final ValleyHost host = new ValleyHost() {
        @Override
        public ReadOnlyIntegerProperty focusedRunProperty() {
            return focus;
        }

        @Override
        public void applyStepSizeToFocusedRun(double eta) {
            applied.add(eta);
        }

        @Override
        public void showMessage(String line) {
            messages.add(line);
        }
    };

    /** Keeps background work from running: the landscape and edge of this preset take seconds. */
    private static final class HeldTasks implements TaskExecutor {
        @Override
        public void execute(Runnable work) {
        }

        @Override
        public void onUiThread(Runnable update) {
            update.run();
        }

        @Override
        public void close() {
        }
    }

    private static Session session(String preset) throws Exception {
        try (ExperimentController c = new ExperimentController(PresetCatalog.bundled(preset))) {
            return c.query(s -> s).get(30, TimeUnit.SECONDS);
        }
    }

    /** The status of a session at step 0, every run at its scheduled first step size. */
    private static ControllerStatus atStart(Session s) {
        List<RunStatus> runs = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            var run = s.experiment().runs().get(i);
            runs.add(new RunStatus(run.label(), 0, run.schedule().totalSteps(), run.schedule().at(0), Double.NaN,
                    false, null, s.trajectory(i).points().params()[0]));
        }
        return new ControllerStatus(s.generation(), false, 0, runs);
    }

    @Test
    void theToyGetsItsBifurcationInPlaceOfTheEmptyLandscapeAndOtherPresetsGetNoToyPanels() throws Exception {
        ValleyViewModel vm = new ValleyViewModel(host, new SameThreadTaskExecutor());
        vm.show(session("toy-quadratic"));
        assertThat(vm.panelsProperty().get()).containsExactly(ValleyPanel.BIFURCATION, ValleyPanel.TOY_THETA,
                ValleyPanel.CROSS_SECTION, ValleyPanel.SHARPNESS, ValleyPanel.BOUNCE);
        for (String preset : List.of("diag-gd-vs-sgd", "relu-1d-warmup")) {
            vm.show(session(preset));
            assertThat(vm.panelsProperty().get()).as(preset).containsExactly(ValleyPanel.LANDSCAPE,
                    ValleyPanel.CROSS_SECTION, ValleyPanel.SHARPNESS, ValleyPanel.BOUNCE);
        }
    }

    @Test
    void theBouncePlotDrawsTrainAndValleyFloorAsTheDashboardDoesInTheFocusedRunsColour() throws Exception {
        ValleyViewModel vm = new ValleyViewModel(host, new HeldTasks());
        Session s = session("diag-valley-2d");
        vm.show(s);
        vm.refresh(atStart(s), true);
        var series = vm.plots().bounce().getSeries();
        assertThat(series).hasSize(2);
        int focus = host.focusedRunProperty().get();
        var color = PlotTheme.paletteColor(focus);
        String label = s.experiment().runs().get(focus).label();
        assertThat(series.get(0).styleProperty().get()).isEqualTo(CurveKind.TRAIN.style(label, color));
        assertThat(series.get(1).styleProperty().get()).isEqualTo(CurveKind.VALLEY_FLOOR.style(label, color));
    }

    @Test
    void everyRunHasItsOwn2OverEtaLineInItsColour() throws Exception {
        ValleyViewModel vm = new ValleyViewModel(host, new HeldTasks());
        Session s = session("diag-gd-vs-sgd");
        vm.show(s);
        ControllerStatus status = atStart(s);
        vm.refresh(status, false); // hidden: nothing to show yet
        assertThat(vm.twoOverEtaLevels()).containsOnly(Double.NaN);
        vm.refresh(status, true);
        double[] levels = vm.twoOverEtaLevels();
        assertThat(levels).hasSize(s.size());
        for (int i = 0; i < s.size(); i++) {
            assertThat(levels[i]).as("run %d", i).isCloseTo(2 / status.runs().get(i).stepSize(), within(1e-12));
            assertThat(vm.plots().twoOverEtaColors().get(i)).isEqualTo(PlotTheme.paletteColor(i));
        }
    }

    @Test
    void jumpSetsTheFocusedRunToTheChosenFractionOfItsEdge() throws Exception {
        ValleyViewModel vm = new ValleyViewModel(host, new SameThreadTaskExecutor());
        Session s = session("toy-quadratic");
        vm.show(s);
        vm.refresh(atStart(s), true); // the toy's edge search is quick enough to run here
        assertThat(vm.edge()).isNotNull();
        assertThat(vm.edge().bracketed()).isTrue();
        assertThat(vm.jumpPossibleProperty().get()).isTrue();
        assertThat(vm.markedEdgeProperty().get()).isEqualTo(vm.edge().estimate());
        assertThat(vm.readoutProperty().get()).startsWith("eta = ").contains("x the edge");
        vm.fractionProperty().set(0.5);
        vm.jumpToFraction();
        assertThat(applied).containsExactly(0.5 * vm.edge().estimate());
    }

    @Test
    void aFailureOfTheBackgroundWorkIsLoggedAndShownOnce(@TempDir Path logs) {
        System.setProperty(FailureLog.FOLDER_PROPERTY, logs.toString());
        try {
            ValleyViewModel vm = new ValleyViewModel(host, new SameThreadTaskExecutor());
            vm.workerFailed(new IllegalStateException("grid failed"));
            vm.workerFailed(new IllegalStateException("grid failed"));
            assertThat(messages).hasSize(1);
            assertThat(messages.get(0)).contains("Valley tab").contains("IllegalStateException: grid failed");
            assertThat(logs.toFile().list()).isNotEmpty();
        } finally {
            System.clearProperty(FailureLog.FOLDER_PROPERTY);
        }
    }
}
