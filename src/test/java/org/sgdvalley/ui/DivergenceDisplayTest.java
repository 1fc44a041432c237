package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.run.RunStatus;
import org.testfx.api.FxRobot;

/**
 * Every run diverging at once (a step size far beyond the edge for all runs): the loss axis stays on the
 * runs' good values, one label names the diverged runs, and a rewind pauses and clears the status.
 */
class DivergenceDisplayTest extends WindowTest {
    @Override
    protected String preset() {
        return "toy-quadratic";
    }

    private List<RunStatus> runs() {
        return vm.statusProperty().get().runs();
    }

    private double lossAxisTop() {
        return view.dashboard().views().get(0).shownYRange().max();
    }

    private long labels(List<String> texts) {
        return texts.stream().filter(t -> t.contains("diverged")).count();
    }

    @Test
    void divergedRunsKeepTheAxisOneLabelAndARewindPausesAndClears(FxRobot robot) {
        vm.controller().advanceTo(3000);
        await("3000 steps", () -> runs().stream().allMatch(r -> r.iteration() == 3000));
        robot.interact(() -> vm.applyStepSize(4)); // every run, by the same factor: far beyond the edge
        robot.clickOn("#play");
        await("every run diverged", () -> runs().stream().allMatch(r -> r.divergence() != null));
        robot.interact(() -> { });
        await("the loss plot shows the divergence", () -> labels(view.dashboard().plots().loss().getAnnotations()
                .stream().map(a -> a.text()).toList()) > 0);
        assertThat(lossAxisTop()).as("loss axis top").isLessThanOrEqualTo(10);
        assertThat(labels(view.dashboard().plots().loss().getAnnotations().stream().map(a -> a.text()).toList()))
                .isEqualTo(1);
        assertThat(labels(view.dashboard().plots().loss().getMarkers().stream().map(m -> m.label()).toList()))
                .isEqualTo(1);

        robot.clickOn("#rewind");
        await("rewound", () -> runs().stream().allMatch(r -> r.divergence() == null));
        assertThat(vm.playingProperty().get()).isFalse();
        assertThat(vm.statusProperty().get().playing()).isFalse();
        assertThat(vm.messageProperty().get()).contains("Paused");
        robot.interact(() -> vm.applyStepSize(1.02));
        robot.clickOn("#play");
        await("trained past the divergence", () -> runs().stream().allMatch(r -> r.iteration() > 3100));
        assertThat(runs()).allMatch(r -> r.divergence() == null);
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.statusTextProperty().get()).doesNotContain("Diverged");
        await("the axis back on the loss", () -> lossAxisTop() <= 10);
    }
}
