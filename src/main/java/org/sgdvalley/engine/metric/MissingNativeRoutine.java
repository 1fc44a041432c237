package org.sgdvalley.engine.metric;

/**
 * A native routine that {@link Linalg} calls is missing from this platform's native libraries (an
 * OpenBLAS built without LAPACKE, say, or no native build of ND4J for the platform). The metric that
 * needed it reads NaN; training goes on.
 */
public final class MissingNativeRoutine extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingNativeRoutine(String routine, LinkageError cause) {
        super(routine + " is missing from the native libraries for " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + " (" + firstLine(cause) + ")", cause);
    }

    private static String firstLine(Throwable cause) {
        String text = cause.toString();
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
