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
        super(path.isEmpty() ? problem : path + ": " + problem);
        this.path = path;
        this.problem = problem;
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
