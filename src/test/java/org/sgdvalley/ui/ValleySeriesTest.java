package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sgdvalley.preset.PresetCatalog;
import org.testfx.api.FxRobot;

/**
 * The Valley tab on ReLU networks: its plots take their samples in order (no exception on any frame),
 * and the landscape plane waits for three distinct points.
 */
class ValleySeriesTest extends WindowTest {

    @Override
    protected String preset() {
        return "relu-teacher-student";
    }

    @Override
    protected String startView() {
        return "valley";
    }

    private final List<Throwable> escaped = new CopyOnWriteArrayList<>();

    @BeforeEach
    void recordEscapedExceptions(FxRobot robot) {
        Thread.UncaughtExceptionHandler record = (t, e) -> escaped.add(e);
        Thread.setDefaultUncaughtExceptionHandler(record);
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(record));
    }

    @AfterEach
    void stopRecording(FxRobot robot) {
        Thread.setDefaultUncaughtExceptionHandler(null);
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
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
        assertThat(vm.messageProperty().get()).doesNotContain("must not decrease");
    }

    @Test
    void aReluPlaneWaitsUntilTheIteratesHaveMovedApartAndSaysWhy(FxRobot robot) {
        await("landscape computed or waiting", () -> view.valley().landscapeShown()
                || view.valley().landscapeMessage().contains("moved them apart"));
        assertThat(view.valley().landscapeShown()).isFalse();
        robot.clickOn("#play");
        await("trained a little", () -> focusedIteration() > 300);
        robot.clickOn("#play");
        await("landscape computed", () -> view.valley().landscapeShown());
        var anchors = view.valley().landscape().plane().anchors();
        assertThat(anchors).hasSize(3);
        for (int i = 0; i < anchors.size(); i++) {
            for (int j = i + 1; j < anchors.size(); j++) {
                double da = anchors.get(i).a() - anchors.get(j).a();
                double db = anchors.get(i).b() - anchors.get(j).b();
                assertThat(Math.hypot(da, db)).as(anchors.get(i).name() + " apart from " + anchors.get(j).name())
                        .isGreaterThan(0);
            }
        }
    }
}
