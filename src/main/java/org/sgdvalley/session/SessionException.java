package org.sgdvalley.session;

/** A session file that cannot be read or used: its one-line message names the file and the problem. */
public final class SessionException extends RuntimeException {
    private final String source;

    /** A problem with the session {@code source}. */
    public SessionException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    /** A problem with the session {@code source}, caused by {@code cause}. */
    public SessionException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    /** The file the problem is in. */
    public String source() {
        return source;
    }
}
