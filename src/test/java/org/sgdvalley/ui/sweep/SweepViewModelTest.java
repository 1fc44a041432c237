package org.sgdvalley.ui.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sgdvalley.engine.run.CompareSpec;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.base.SameThreadTaskExecutor;
import org.sgdvalley.ui.base.TaskExecutor;

/** The Sweep tab's state without the toolkit, on a host that is not the window: the tab needs no more. */
@Timeout(60)
class SweepViewModelTest {

    /** A window stand-in: a preset, a focused run, a count of plays, and the given executor. */
    private static final class Host implements SweepHost {
        final ObjectProperty<ExperimentSpec> preset = new SimpleObjectProperty<>(PresetCatalog.bundled("toy-quadratic"));
        final IntegerProperty focus = new SimpleIntegerProperty();
        final TaskExecutor tasks;
        int plays;

        Host(TaskExecutor tasks) {
            this.tasks = tasks;
        }

        @Override
        public ObjectProperty<ExperimentSpec> presetProperty() {
            return preset;
        }

        @Override
        public IntegerProperty focusedRunProperty() {
            return focus;
        }

        @Override
        public void play() {
            plays++;
        }

        @Override
        public TaskExecutor tasks() {
            return tasks;
        }
    }

    /** Holds background work until the test runs it. */
    private static final class HeldTasks implements TaskExecutor {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public void execute(Runnable work) {
            held.add(work);
        }

        @Override
        public void onUiThread(Runnable update) {
            update.run();
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aSweepRunsOnTheHostsExecutorAndACellOpensLiveThere() {
        Host host = new Host(new SameThreadTaskExecutor());
        SweepViewModel vm = new SweepViewModel(host);
        vm.xRangeProperty().set("0.9 : 1.2 : 2");
        vm.yRangeProperty().set(oneValue(vm));
        assertThat(vm.start()).as(vm.messageProperty().get()).isTrue();
        assertThat(((SameThreadTaskExecutor) host.tasks).executed()).isEqualTo(1);
        assertThat(vm.poll()).isEqualTo(2);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo("2 of 2 runs done");

        assertThat(vm.open(1, 0)).isTrue();
        assertThat(host.preset.get().name()).endsWith(CompareSpec.SUFFIX);
        assertThat(host.plays).isEqualTo(1);
    }

    @Test
    void aSweepStoppedBeforeItsTaskRunsRunsNothing() {
        HeldTasks tasks = new HeldTasks();
        SweepViewModel vm = new SweepViewModel(new Host(tasks));
        vm.xRangeProperty().set("0.9 : 1.2 : 2");
        vm.yRangeProperty().set(oneValue(vm));
        assertThat(vm.start()).as(vm.messageProperty().get()).isTrue();
        vm.stop();
        assertThat(tasks.held).hasSize(1);
        tasks.held.get(0).run();
        assertThat(vm.poll()).isZero();
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo("0 of 2 runs done (stopped)");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    /** The y axis at one value: the run's own. */
    private static String oneValue(SweepViewModel vm) {
        String range = vm.yRangeProperty().get();
        String first = range.split(":")[0].trim();
        return first + " : " + first + " : 1";
    }
}
