package org.sgdvalley.ui;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.sgdvalley.engine.run.ExperimentController;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.ui.base.SameThreadTaskExecutor;

/**
 * Main view models for tests without the toolkit, on a trainer and tasks that run on the test's own
 * thread: a command has taken effect when it returns, so nothing is waited for.
 */
final class ViewModels {
    /** Time slices of play after which {@link #trainUntil} gives up (at least a thousand steps each). */
    private static final int MAX_SLICES = 10_000;

    private ViewModels() {
    }

    /** A view model over {@code presets} on {@code initial}, built and refreshed once. */
    static MainViewModel onTestThread(List<ExperimentSpec> presets, ExperimentSpec initial) {
        MainViewModel vm = new MainViewModel(presets, initial, ExperimentController.onCallerThread(initial),
                new SameThreadTaskExecutor());
        vm.refresh();
        return vm;
    }

    /** Trains the playing runs slice by slice, refreshing as a frame would, until {@code condition} holds. */
    static void trainUntil(MainViewModel vm, BooleanSupplier condition) {
        ExperimentController trainer = (ExperimentController) vm.controller();
        for (int slice = 0; slice < MAX_SLICES; slice++) {
            vm.refresh();
            if (condition.getAsBoolean()) {
                return;
            }
            trainer.trainSliceOnCallerThread();
        }
        throw new AssertionError("condition not met after " + MAX_SLICES + " slices of play");
    }
}
