package org.sgdvalley.diagnostics;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Where internal failures go: the full stack trace to a log file (~/.sgd-valley/logs, or the
 * temporary folder when the home folder is not writable), one line for the user.
 */
public final class FailureLog {
    /** System property that overrides the log folder (tests use it). */
    public static final String FOLDER_PROPERTY = "sgdvalley.log.dir";

    private FailureLog() {
    }

    /**
     * Logs {@code failure} that happened in {@code where} (a thread or an action) and returns the
     * one line to show: what failed and where the details are. Never throws.
     */
    public static synchronized String record(String where, Throwable failure) {
        Path file = write(where, failure);
        return "Internal error in " + where + ": " + summary(failure)
                + (file == null ? "" : " (details in " + file + ")");
    }

    /** The exception's class and first message line, at most 160 characters. */
    public static String summary(Throwable failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage().strip();
        int end = message.indexOf('\n');
        message = end < 0 ? message : message.substring(0, end);
        String text = failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }

    /** The log folder in use. */
    public static Path folder() {
        String override = System.getProperty(FOLDER_PROPERTY);
        if (override != null) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".sgd-valley", "logs");
    }

    private static Path write(String where, Throwable failure) {
        StringWriter trace = new StringWriter();
        trace.append("---- ").append(LocalDateTime.now().toString()).append(" in ").append(where).append('\n');
        failure.printStackTrace(new PrintWriter(trace));
        String name = "sgd-valley-" + LocalDate.now() + ".log";
        for (Path dir : new Path[] {folder(), Path.of(System.getProperty("java.io.tmpdir"))}) {
            try {
                Files.createDirectories(dir);
                Path file = dir.resolve(name);
                Files.writeString(file, trace.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
                return file;
            } catch (IOException | RuntimeException ignored) {
                // try the next folder
            }
        }
        return null;
    }
}
