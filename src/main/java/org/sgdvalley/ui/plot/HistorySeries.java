package org.sgdvalley.ui.plot;

import org.sgdvalley.engine.run.SeriesHistory;

/**
 * A plot's view of one engine history series: {@link #refresh()} copies the history once per frame,
 * and only when the trainer has written to it since.
 */
public final class HistorySeries implements PlotSeries {
    private final SeriesHistory history;
    private SeriesHistory.Snapshot snapshot = new SeriesHistory.Snapshot();
    private long version = -1;

    public HistorySeries(SeriesHistory history) {
        this.history = history;
    }

    /** Copies new samples from the trainer; cheap when nothing changed. */
    public void refresh() {
        if (history.version() != version) {
            snapshot = history.snapshot(snapshot);
            version = snapshot.version;
        }
    }

    @Override
    public double[] x() {
        return snapshot.x;
    }

    @Override
    public double[] min() {
        return snapshot.min;
    }

    @Override
    public double[] max() {
        return snapshot.max;
    }

    @Override
    public double[] last() {
        return snapshot.last;
    }

    @Override
    public int count() {
        return snapshot.count;
    }

    @Override
    public long version() {
        return version;
    }
}
