package org.sgdvalley.ui;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.session.ExperimentSession;
import org.sgdvalley.session.SessionException;
import org.sgdvalley.session.SessionFile;
import org.sgdvalley.session.Sessions;

/**
 * Saves the app's experiment to a session file and opens one, without the toolkit. Both block on file
 * input and output: call them off the JavaFX thread. Every outcome is one line for the status bar; a
 * failure leaves the run in memory (and any existing file) untouched.
 */
final class SessionStore {
    private final MainViewModel vm;

    SessionStore(MainViewModel vm) {
        this.vm = vm;
    }

    /**
     * Saves the whole experiment, as consistent between two trainer slices, to {@code file}; an
     * existing file is replaced only when {@code overwrite} (the user confirmed).
     */
    String save(Path file, boolean overwrite) {
        try {
            ExperimentSession session = vm.controller().query(Sessions::capture).get(10, TimeUnit.SECONDS);
            SessionFile.write(file, session, overwrite);
            return "Saved the session at step " + String.format("%,d", session.iteration()) + " to " + file;
        } catch (FileAlreadyExistsException e) {
            return "Not saved: " + file + " already exists";
        } catch (IOException e) {
            return "Not saved: " + e.getMessage();
        } catch (ExecutionException | TimeoutException e) {
            return "Not saved: the trainer did not answer (" + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "Not saved: interrupted";
        }
    }

    /**
     * Reads and checks {@code file} whole (building its experiment once to be sure every run fits),
     * and returns what switches the app to it (to run on the JavaFX thread); a damaged or foreign file
     * changes nothing.
     */
    Opened open(Path file) {
        try {
            ExperimentSession session = SessionFile.read(file);
            Experiment check = Sessions.restore(session, session.spec(), file.toString());
            if (check.runs().isEmpty()) {
                return new Opened(null, file + ": no runs to open");
            }
            return new Opened(() -> vm.openRestored(session.spec(), Sessions.restorer(session)), "Opened " + file + " at step " + String.format("%,d", session.iteration())
                    + "; press play to continue");
        } catch (SessionException e) {
            return new Opened(null, "Cannot open " + e.getMessage());
        } catch (RuntimeException e) {
            return new Opened(null, "Cannot open " + file + ": " + e.getMessage());
        }
    }

    /** The outcome of {@link #open}: what to apply on the JavaFX thread (null when refused) and the line to show. */
    record Opened(Runnable apply, String message) {
    }
}
