package org.sgdvalley.ui.classroom;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.ExperimentController.Session;
import org.sgdvalley.engine.run.Run;
import org.sgdvalley.engine.run.RunHistory;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.engine.run.SeriesHistory;
import org.sgdvalley.ui.base.DivergedRuns;
import org.sgdvalley.ui.plot.PlotAnnotation;
import org.sgdvalley.ui.plot.PlotModel;

/**
 * Writes what just happened onto the plots, as it happens: "loss stabilized at about 4e-2", "step size
 * decayed here", "diverged here" on the loss plot, "l0 fell from 200 to 71" on the sparsity plot.
 * Reads the engine's histories a few times a second, not every frame.
 */
final class EventAnnotations {
    private static final int EVERY_FRAMES = 10;
    private static final double FALL_SHARE = 0.8;
    private static final Color DIVERGED = Color.rgb(200, 0, 0);
    private final PlotModel lossPlot;
    private final PlotModel sparsity;
    private final ObjectProperty<String> sparsityMetric;
    private final SeriesHistory.Snapshot snapshot = new SeriesHistory.Snapshot();
    private long generation = -1;
    private int frames;
    private long lastKey = -1;
    private final IntSupplier focus;

    /** Annotations on the dashboard's plots; the stabilization label prefers the run {@code focus} gives. */
    EventAnnotations(DashboardCells cells, IntSupplier focus) {
        this.lossPlot = cells.lossPlot().getModel();
        this.sparsity = cells.sparsityPlot().getModel();
        this.sparsityMetric = cells.sparsityMetricProperty();
        this.focus = focus;
    }

    /** Called every frame; recomputes the annotations every few frames. */
    void refresh(Session session, ControllerStatus status) {
        if (session == null || status == null || status.generation() != session.generation()) {
            return;
        }
        if (session.generation() != generation) {
            generation = session.generation();
            frames = 0;
            lastKey = -1;
        }
        // every few frames while training; at once when paused or stopped, so a still picture is complete
        long key = Objects.hash(status.minimumIteration(), status.playing(), focus.getAsInt(),
                sparsityMetric.get(), status.runs().stream().filter(r -> r.divergence() != null).count());
        boolean settled = !status.playing() && key != lastKey;
        // nothing to recompute while paused on the same state: an idle window does no work
        if (!status.playing() && key == lastKey || frames++ % EVERY_FRAMES != 0 && !settled) {
            return;
        }
        lastKey = key;
        replace(lossPlot.getAnnotations(), lossAnnotations(session, status));
        replace(sparsity.getAnnotations(), sparsityAnnotations(session));
    }

    /** Replaces the annotations only when they changed: a plot redraws whenever its list changes. */
    private static void replace(ObservableList<PlotAnnotation> shown, List<PlotAnnotation> next) {
        if (!shown.equals(next)) {
            shown.setAll(next);
        }
    }

    private List<PlotAnnotation> lossAnnotations(Session session, ControllerStatus status) {
        List<PlotAnnotation> notes = new ArrayList<>();
        PlotAnnotation stabilized = null;
        Set<Long> decaysShown = new HashSet<>();
        for (int i = 0; i < session.size(); i++) {
            SeriesHistory loss = session.history(i).series(RunHistory.TRAIN_LOSS);
            loss.snapshot(snapshot);
            RunStatus run = status.runs().get(i);
            Color color = lossPlot.themeProperty().get().foreground();
            long[] decays = session.experiment().runs().get(i).schedule().decayIterations();
            double firstDecay = decays.length == 0 ? Double.POSITIVE_INFINITY : decays[0];
            // one label, for the focused run if it has stabilized (else the first that has), at its level now
            if (stabilized == null || i == focus.getAsInt()) {
                double level = LossEvents.stabilizedLevel(snapshot.x, snapshot.last, snapshot.count, firstDecay);
                if (!Double.isNaN(level)) {
                    double x = Math.max(1, Math.min(firstDecay, snapshot.x[snapshot.count - 1]) / 8);
                    stabilized = new PlotAnnotation(x, level * 4,
                            run.label() + ": loss stabilized at about " + LossEvents.roughly(level), color);
                }
            }
            long settle = Math.max(1, run.totalSteps() / 50);
            for (long at : decays) {
                // under the level the loss drops to, where the plot is empty
                if (at + settle <= run.iteration() && decaysShown.add(at)) {
                    // under the lowest the loss has gone since, so the text stays clear of the curve
                    double y = LossEvents.lowestFrom(snapshot.x, snapshot.last, snapshot.count, at);
                    if (y > 0) {
                        // neighbouring decays alternate between two heights so their texts do not overlap
                        double below = decaysShown.size() % 2 == 1 ? 5 : 100;
                        notes.add(new PlotAnnotation(at, y / below, " step size decayed here", color));
                    }
                }
            }
        }
        for (DivergedRuns.Group g : DivergedRuns.of(status.runs())) {
            // at the height of the first run's loss when it stopped, within the fitted axis
            session.history(g.runs().get(0)).series(RunHistory.TRAIN_LOSS).snapshot(snapshot);
            double y = LossEvents.valueAt(snapshot.x, snapshot.last, snapshot.count,
                    Math.max(0, g.iteration() - Run.CHECKPOINT_INTERVAL));
            notes.add(new PlotAnnotation(g.iteration(), y > 0 ? y : 1, " \u2190 " + g.labels() + " diverged here",
                    DIVERGED));
        }
        if (stabilized != null) {
            notes.add(stabilized);
        }
        return notes;
    }

    private List<PlotAnnotation> sparsityAnnotations(Session session) {
        String metric = sparsityMetric.get();
        if (metric == null) {
            return List.of();
        }
        int best = -1;
        double bestShare = FALL_SHARE;
        double from = 0;
        double to = 0;
        double atX = 0;
        for (int i = 0; i < session.size(); i++) {
            SeriesHistory s = session.history(i).series(metric);
            if (s == null) {
                continue;
            }
            s.snapshot(snapshot);
            if (snapshot.count < 2) {
                continue;
            }
            double first = 0;
            for (int k = 0; k < snapshot.count; k++) {
                first = Math.max(first, snapshot.max[k]);
            }
            double now = snapshot.last[snapshot.count - 1];
            if (first > 0 && Double.isFinite(now) && now / first < bestShare) {
                best = i;
                bestShare = now / first;
                from = first;
                to = now;
                atX = snapshot.x[snapshot.count - 1];
            }
        }
        if (best < 0) {
            return List.of();
        }
        String name = MetricGlossary.of(metric) == null ? metric : metric.replace('_', ' ');
        String text = name + " fell from " + LossEvents.plain(from) + " to " + LossEvents.plain(to);
        // left of the newest point, at its height: the text reads along the fallen curve
        return List.of(new PlotAnnotation(atX * 0.3, to + 0.04 * (from - to), text,
                sparsity.themeProperty().get().foreground()));
    }
}
