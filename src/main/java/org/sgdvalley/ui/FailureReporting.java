package org.sgdvalley.ui;

import javafx.application.Platform;
import org.sgdvalley.diagnostics.FailureLog;

/**
 * Keeps stack traces away from the user: an exception that escapes on the JavaFX thread or any other
 * thread is logged to a file and summarized in one line in the status bar.
 */
final class FailureReporting {
    private FailureReporting() {
    }

    /** Installs the handler for every thread, the JavaFX thread included (call on the JavaFX thread). */
    static void install(MainViewModel vm) {
        Thread.UncaughtExceptionHandler handler = (thread, failure) -> report(vm, thread, failure);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler);
    }

    static void report(MainViewModel vm, Thread thread, Throwable failure) {
        String line = FailureLog.record("thread " + thread.getName(), failure);
        if (Platform.isFxApplicationThread()) {
            vm.showMessage(line);
        } else {
            try {
                Platform.runLater(() -> vm.showMessage(line));
            } catch (IllegalStateException toolkitGone) {
                // the app is closing: the log file has it
            }
        }
    }
}
