package org.sgdvalley.ui;

import java.util.function.BooleanSupplier;

/** Waits, in view-model tests without the toolkit, for the trainer to reach a state. */
final class ViewModelWait {
    private static final long TIMEOUT_MS = 30_000;

    private ViewModelWait() {
    }

    /** Refreshes {@code vm} as a frame would until its first status is in and {@code condition} holds. */
    static void await(MainViewModel vm, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        do {
            vm.refresh();
            if (vm.statusProperty().get() != null && condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(5);
        } while (System.currentTimeMillis() < deadline);
        throw new AssertionError("condition not met within " + TIMEOUT_MS / 1000 + " s");
    }
}
