package org.sgdvalley.ui.plot;

/**
 * The data of one plotted series, as the plot reads it once per frame on the JavaFX thread.
 *
 * <p>Entries {@code 0..count()-1} of the four arrays describe the series in ascending order of x.
 * A raw sample has {@code min == max == last}. Older history may come as buckets: entry {@code i}
 * then summarises all samples from {@code x[i]} up to (not including) {@code x[i+1]} by their
 * minimum, maximum and last value. An entry whose min differs from its max is drawn as such a bucket,
 * across every pixel column it covers; any other entry is drawn as a point at {@code x[i]}.
 * Non-finite values are skipped. The arrays may be longer than {@code count()} and may be reused.
 *
 * <p>{@link #version()} must change whenever the entries change, so the plot can skip redrawing when
 * nothing did. {@link #rewriteVersion()} tells appends apart from other changes, so the plot can decimate
 * only the new entries. A writer on another thread must publish entries before the count and versions
 * that cover them.
 */
public interface PlotSeries {

    /** Ascending x positions (iterations, for most plots). */
    double[] x();

    /** Smallest value of each entry. */
    double[] min();

    /** Largest value of each entry. */
    double[] max();

    /** Last value of each entry (the value itself for a raw sample). */
    double[] last();

    /** Number of valid entries. */
    int count();

    /** A number that changes whenever the entries change. */
    long version();

    /**
     * A number that changes whenever entries change other than by appending new ones or by widening the
     * last entry (its min going down, its max going up, its last value replaced), e.g. when old samples
     * are merged into buckets or the series is cleared. The default treats every change as such.
     */
    default long rewriteVersion() {
        return version();
    }
}
