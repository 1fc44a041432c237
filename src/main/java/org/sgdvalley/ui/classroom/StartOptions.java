package org.sgdvalley.ui.classroom;

/**
 * Classroom options of the app's start: presenter view at once, and an animation to record (after
 * which the app exits).
 *
 * @param presenter open in presenter view
 * @param recording what to record, or null
 */
public record StartOptions(boolean presenter, RecordingSpec recording) {
    /** Neither. */
    public static final StartOptions NONE = new StartOptions(false, null);
}
