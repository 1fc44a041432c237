package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sgdvalley.ui.ValleyFocusTest.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Valley tab's plots take their samples in order: no exception on any frame, for any preset. */
@ExtendWith(ApplicationExtension.class)
@Timeout(150)
class ValleySeriesTest {
    private final List<Throwable> escaped = new CopyOnWriteArrayList<>();
    private MainView view;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        List<ExperimentSpec> presets = PresetCatalog.names().stream().map(PresetCatalog::bundled).toList();
        vm = new MainViewModel(presets, PresetCatalog.bundled("relu-teacher-student"));
        view = new MainView(vm);
        view.selectView("valley");
        Thread.UncaughtExceptionHandler record = (t, e) -> escaped.add(e);
        Thread.setDefaultUncaughtExceptionHandler(record);
        Thread.currentThread().setUncaughtExceptionHandler(record);
        stage.setScene(new Scene(view, 1280, 720));
        stage.show();
        view.start();
    }

    @BeforeEach
    void firstExperimentBuilt() {
        await("first experiment built", () -> vm.statusProperty().get() != null);
    }

    @AfterEach
    void stop() {
        view.stop();
        Thread.setDefaultUncaughtExceptionHandler(null);
    }

    private long focusedIteration() {
        var s = vm.statusProperty().get();
        return s.runs().get(vm.focusedRunProperty().get()).iteration();
    }

    @Test
    void switchingPresetsWithTheValleyOpenDrawsWithoutExceptions(FxRobot robot) {
        robot.clickOn("#play");
        await("teacher-student trained", () -> view.valley().sharpnessSamples() > 2
                || !escaped.isEmpty());
        robot.interact(() -> vm.presetProperty().set(PresetCatalog.bundled("relu-three-layer")));
        robot.clickOn("#play");
        await("three-layer trained", () -> view.valley().sharpnessSamples() > 3
                || !escaped.isEmpty());
        assertThat(escaped).isEmpty();
        assertThat(vm.messageProperty().get()).isEmpty();
    }
}
