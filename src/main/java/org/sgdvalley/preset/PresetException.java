package org.sgdvalley.preset;

/**
 * A preset that cannot be used, explained in one line: the field path (for example
 * {@code runs[1].schedule.step_size}) and what is allowed there.
 */
public final class PresetException extends RuntimeException {
    private final String path;
    private final String problem;

    /** A problem at {@code path}; {@code problem} says what is allowed and what was found. */
    public PresetException(String path, String problem) {
        super(path.isEmpty() ? oneLine(problem) : oneLine(path) + ": " + oneLine(problem));
        this.path = oneLine(path);
        this.problem = oneLine(problem);
    }

    /** Escapes line breaks and other control characters (a key or value may hold them) so the message is one line. */
    public static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The field path, or the file name for problems with the whole file. */
    public String path() {
        return path;
    }

    /** What is wrong, without the path. */
    public String problem() {
        return problem;
    }
}
