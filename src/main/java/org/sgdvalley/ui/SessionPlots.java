package org.sgdvalley.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.ExperimentController.Session;
import org.sgdvalley.engine.run.Run;
import org.sgdvalley.engine.run.RunHistory;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.engine.run.StepSizeChange;
import org.sgdvalley.ui.base.DivergedRuns;
import org.sgdvalley.ui.base.Format;
import org.sgdvalley.ui.plot.AxisScale;
import org.sgdvalley.ui.plot.HistorySeries;
import org.sgdvalley.ui.plot.PlotEntry;
import org.sgdvalley.ui.plot.PlotMarker;
import org.sgdvalley.ui.plot.PlotModel;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.Range;
import org.sgdvalley.ui.plot.SeriesBuffer;

/**
 * The models of the three history plots of a session (loss, step size, sparsity), kept in step with
 * the trainer once per frame. Plot models outlive sessions: a preset switch refills them.
 */
public final class SessionPlots {
    private static final int SCHEDULE_POINTS = 400;
    /** The share of the run a linear iteration axis shows before step 0. */
    private static final double START_MARGIN = 0.01;

    private final PlotModel loss = PlotSetup.loss();
    private final PlotModel stepSize = PlotSetup.stepSize();
    private final PlotModel sparsity = PlotSetup.sparsity();
    private final ObjectProperty<String> sparsityMetric = new SimpleObjectProperty<>();
    private final List<HistorySeries> histories = new ArrayList<>();
    private final List<SeriesBuffer> plans = new ArrayList<>();
    /** Where each run's planned schedule was last drawn from. */
    private final List<PlannedFrom> plannedFrom = new ArrayList<>();

    private record PlannedFrom(long iteration, double stepSize) {
    }

    /** The run of each loss and sparsity entry, for fitting the axes to a diverged run's good values. */
    private final Map<PlotEntry, Integer> entryRuns = new HashMap<>();
    private Session session;
    private int markerCount = -1;
    private boolean logIterations;

    public SessionPlots() {
        sparsityMetric.addListener((obs, old, metric) -> fillSparsity());
    }

    /** The loss, step-size and sparsity plots, in that order. */
    public List<PlotModel> plots() {
        return List.of(loss, stepSize, sparsity);
    }

    public PlotModel loss() {
        return loss;
    }

    public PlotModel stepSize() {
        return stepSize;
    }

    public PlotModel sparsity() {
        return sparsity;
    }

    /** The metric shown in the sparsity plot (l0, l1, rank, feature_sparsity...). */
    public ObjectProperty<String> sparsityMetricProperty() {
        return sparsityMetric;
    }

    /** The sparsity-type metrics this session records, for the sparsity plot's chooser. */
    public List<String> sparsityMetrics() {
        if (session == null) {
            return List.of();
        }
        return PlotSetup.sparsityMetrics(session.history(0).names());
    }

    /** Uses the log or linear iteration axis on every plot. */
    public void setLogIterations(boolean log) {
        logIterations = log;
        for (PlotModel m : plots()) {
            m.xScaleProperty().set(log ? AxisScale.LOG : AxisScale.LINEAR);
        }
        shareIterationAxis();
    }

    /** Every plot shows the whole planned run, so the axes line up and stay put while it grows. */
    private void shareIterationAxis() {
        if (session == null) {
            return;
        }
        long total = Math.max(2, session.experiment().runs().get(0).schedule().totalSteps());
        // a linear axis starts a little before step 0, so the first values show whole at the start
        Range range = logIterations ? new Range(1, total) : new Range(-total * START_MARGIN, total);
        for (PlotModel m : plots()) {
            m.xZoomProperty().set(range);
        }
    }

    /** Applies a theme to every plot. */
    public void setTheme(PlotTheme theme) {
        for (PlotModel m : plots()) {
            m.themeProperty().set(theme);
        }
    }

    /** Switches to a new session: every series is rebuilt from its histories. */
    public void show(Session newSession) {
        session = newSession;
        histories.clear();
        plans.clear();
        plannedFrom.clear();
        entryRuns.clear();
        markerCount = -1;
        loss.getSeries().clear();
        stepSize.getSeries().clear();
        for (int i = 0; i < session.size(); i++) {
            addRun(i);
        }
        List<String> choices = sparsityMetrics();
        String keep = sparsityMetric.get();
        sparsityMetric.set(choices.contains(keep) ? keep : choices.isEmpty() ? null : choices.get(0));
        fillSparsity();
        for (PlotModel m : plots()) {
            m.resetZoom();
        }
        shareIterationAxis();
    }

    private void addRun(int i) {
        String label = session.experiment().runs().get(i).label();
        RunHistory h = session.history(i);
        entryRuns.put(loss.addSeries(track(h, RunHistory.TRAIN_LOSS), PlotSetup.train(label, i)), i);
        for (String extra : List.of("test_loss", "valley_loss")) {
            if (h.series(extra) != null) {
                entryRuns.put(loss.addSeries(track(h, extra), PlotSetup.extraLoss(label, extra, i)), i);
            }
        }
        stepSize.addSeries(track(h, RunHistory.STEP_SIZE), PlotSetup.line(label, i));
        SeriesBuffer plan = new SeriesBuffer(SCHEDULE_POINTS);
        plans.add(plan);
        plannedFrom.add(null);
        stepSize.addSeries(plan, PlotSetup.plan(i));
    }

    private HistorySeries track(RunHistory h, String name) {
        HistorySeries s = new HistorySeries(h.series(name));
        histories.add(s);
        return s;
    }

    private void fillSparsity() {
        entryRuns.keySet().removeAll(sparsity.getSeries());
        sparsity.getSeries().clear();
        String metric = sparsityMetric.get();
        if (session == null || metric == null) {
            return;
        }
        PlotSetup.showSparsity(sparsity, metric);
        for (int i = 0; i < session.size(); i++) {
            HistorySeries s = track(session.history(i), metric);
            s.refresh();
            entryRuns.put(sparsity.addSeries(s, PlotSetup.line(session.experiment().runs().get(i).label(), i)), i);
        }
    }

    /** Pulls new samples and updates the planned schedule and markers; call once per frame. */
    public void refresh(ControllerStatus status) {
        if (session == null || status.generation() != session.generation()) {
            return;
        }
        for (HistorySeries h : histories) {
            h.refresh();
        }
        for (int i = 0; i < plans.size(); i++) {
            updatePlan(i, status.runs().get(i));
        }
        updateMarkers(status);
        fitToGoodValues(status);
    }

    /**
     * A diverged run's loss and sparsity count for the y axes only up to the checkpoint a rewind returns
     * to at the latest, before the climb to overflow; a rewound run counts whole again.
     */
    private void fitToGoodValues(ControllerStatus status) {
        for (var e : entryRuns.entrySet()) {
            var divergence = status.runs().get(e.getValue()).divergence();
            e.getKey().fitUntilProperty().set(divergence == null ? Double.POSITIVE_INFINITY
                    : Math.max(0, divergence.iteration() - Run.CHECKPOINT_INTERVAL));
        }
    }

    private void updatePlan(int i, RunStatus run) {
        var schedule = session.experiment().runs().get(i).schedule();
        SeriesBuffer plan = plans.get(i);
        // unchanged while the run stands still: the plot then has nothing to redraw
        PlannedFrom drawnFrom = new PlannedFrom(run.iteration(), run.stepSize());
        if (drawnFrom.equals(plannedFrom.get(i))) {
            return;
        }
        plannedFrom.set(i, drawnFrom);
        double planned = schedule.at(run.iteration());
        double scale = planned > 0 ? run.stepSize() / planned : 1;
        plan.clear();
        long from = run.iteration();
        long to = schedule.totalSteps();
        for (int k = 0; k <= SCHEDULE_POINTS && from < to; k++) {
            long t = from + (to - from) * k / SCHEDULE_POINTS;
            plan.add(t, scale * schedule.at(t));
        }
    }

    private void updateMarkers(ControllerStatus status) {
        int count = 0;
        for (int i = 0; i < session.size(); i++) {
            count += session.stepSizeChanges(i).size() + (status.runs().get(i).divergence() != null ? 1 : 0);
        }
        if (count == markerCount) {
            return;
        }
        markerCount = count;
        List<PlotMarker> markers = new ArrayList<>();
        for (int i = 0; i < session.size(); i++) {
            for (long at : session.experiment().runs().get(i).schedule().decayIterations()) {
                markers.add(PlotSetup.decay(at));
            }
            for (StepSizeChange c : session.stepSizeChanges(i)) {
                markers.add(new PlotMarker(c.iteration(), "eta " + Format.value(c.stepSize()), PlotTheme.paletteColor(i)));
            }
        }
        for (DivergedRuns.Group g : DivergedRuns.of(status.runs())) {
            markers.add(PlotSetup.diverged(g.labels(), g.iteration()));
        }
        for (PlotModel m : plots()) {
            m.getMarkers().setAll(markers);
        }
    }
}
