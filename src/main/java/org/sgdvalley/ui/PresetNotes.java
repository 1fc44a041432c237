package org.sgdvalley.ui;

import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * A preset's texts as the side panel shows them: the one line to look for, the description, and the
 * notes on how it was tuned (the description's part from "Tuning:" on), each without line breaks.
 */
record PresetNotes(String lookFor, String description, String tuning) {
    private static final String TUNING = "Tuning:";

    /** The notes of {@code spec}; all empty for none. */
    static PresetNotes of(ExperimentSpec spec) {
        if (spec == null) {
            return new PresetNotes("", "", "");
        }
        String text = oneParagraph(spec.description());
        int at = text.indexOf(TUNING);
        String description = at < 0 ? text : text.substring(0, at).strip();
        String tuning = at < 0 ? "" : text.substring(at + TUNING.length()).strip();
        return new PresetNotes(oneParagraph(spec.lookFor()), description, tuning);
    }

    private static String oneParagraph(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
