package org.sgdvalley.ui.classroom;

import java.util.List;

/**
 * Every keyboard shortcut with what it does, as the help overlay (F1 or ?) and the README list them.
 * One table, so the overlay, the handler's tests and the documentation cannot drift apart.
 */
public final class ShortcutHelp {

    /** One line of the help: the key(s) to press and what happens. */
    public record Entry(String keys, String action) { }

    /** The shortcuts, in the order the help shows them. */
    public static final List<Entry> ENTRIES = List.of(
            new Entry("Space", "play / pause"),
            new Entry("Right", "one step of every run"),
            new Entry("Up / Down", "step size x 1.25 / divided by 1.25"),
            new Entry("R", "reset every run to its initialization"),
            new Entry("1 - 9", "open the presets in order"),
            new Entry("S", "save the dashboard as PNG"),
            new Entry("B", "bookmark the current state"),
            new Entry("J", "jump back to the bookmark"),
            new Entry("U", "go back to the runs a preset, reset or recording replaced"),
            new Entry("F", "presenter view on / off"),
            new Entry("C", "show / hide the controls in presenter view"),
            new Entry("D / V / W", "show the Dashboard / Valley / Sweep tab"),
            new Entry("L", "log / linear iteration axis"),
            new Entry("A", "A/B compare: this run against a contrasting step size"),
            new Entry("T", "guided tour on / off"),
            new Entry("N / Page Down", "next stop of the tour"),
            new Entry("P / Page Up", "previous stop of the tour"),
            new Entry("F1 / ?", "this help"),
            new Entry("Esc", "close the help, leave presenter view"));

    private ShortcutHelp() {
    }

    /** The table as Markdown, for the README. */
    public static String markdown() {
        StringBuilder md = new StringBuilder("| Key | Action |\n|---|---|\n");
        ENTRIES.forEach(e -> md.append("| ").append(e.keys()).append(" | ").append(e.action()).append(" |\n"));
        return md.toString();
    }
}
