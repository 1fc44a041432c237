package org.sgdvalley.ui.classroom;

import java.util.function.Consumer;

/**
 * Classroom options of the app's start: presenter view at once, and an animation to record (after
 * which the app exits).
 *
 * @param presenter open in presenter view
 * @param recording what to record, or null
 * @param errors where a failed recording's or screenshot's one-line error goes (the command line's error
 *     stream)
 */
public record StartOptions(boolean presenter, RecordingSpec recording, Consumer<String> errors) {
    /** Neither. */
    public static final StartOptions NONE = new StartOptions(false, null, error -> { });
}
