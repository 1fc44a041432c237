package org.sgdvalley.ui.valley;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sgdvalley.diagnostics.FailureLog;
import org.sgdvalley.engine.edge.Edge;
import org.sgdvalley.engine.landscape.CrossSection;
import org.sgdvalley.engine.landscape.LandscapeGrid;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.ExperimentController.Session;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.engine.valley.ValleyWorker;
import org.sgdvalley.ui.base.Format;
import org.sgdvalley.ui.base.TaskExecutor;

/**
 * The Valley tab's state and actions, without a toolkit: which panels the preset gets, the edge of
 * stability readout and the jump to a fraction of it, what the landscape shows or why it waits, and the
 * plots' data. It drives a {@link ValleyWorker} and pulls its results once per frame; the views only
 * draw what is here. Failures of the background work reach the user through the {@link ValleyHost}.
 */
public final class ValleyViewModel implements AutoCloseable {
    /** The fractions of the edge one can jump to. */
    public static final List<Double> FRACTIONS = List.of(0.5, 0.8, 0.9, 0.95, 0.99);
    static final String COMPUTING = "Computing the loss landscape...";
    /** Shown while the initialization and the iterates coincide (before Play): they span no plane yet. */
    static final String WAITING_FOR_PLANE = "The landscape is drawn on the plane through the initialization, "
            + "this run's iterate and another run's: it waits until training has moved them apart (press Play).";
    static final String NOT_ESTIMATED = "edge of stability: not yet estimated";
    private static final long UPDATE_NANOS = 120_000_000L;

    private final ValleyHost host;
    private final TaskExecutor tasks;
    private final ValleyWorker worker;
    private final ValleyPlots plots = new ValleyPlots();
    private final ObjectProperty<List<ValleyPanel>> panels = new SimpleObjectProperty<>(List.of());
    private final StringProperty readout = new SimpleStringProperty(NOT_ESTIMATED);
    private final DoubleProperty edgeProgress = new SimpleDoubleProperty(Double.NaN);
    private final BooleanProperty jumpPossible = new SimpleBooleanProperty();
    private final DoubleProperty markedEdge = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty fraction = new SimpleDoubleProperty(0.9);
    private final ObjectProperty<LandscapeGrid> landscape = new SimpleObjectProperty<>();
    private final ObjectProperty<ValleyWorker.Paths> paths = new SimpleObjectProperty<>();
    private final StringProperty landscapeMessage = new SimpleStringProperty(COMPUTING);
    private final DoubleProperty landscapeProgress = new SimpleDoubleProperty(Double.NaN);
    private final ObjectProperty<CrossSection> cross = new SimpleObjectProperty<>();
    private final StringProperty focusedLabel = new SimpleStringProperty("");
    private final ObjectProperty<ToyMark> toyMark = new SimpleObjectProperty<>(ToyMark.NONE);
    private final ObjectProperty<List<String>> runLabels = new SimpleObjectProperty<>(List.of());
    private Session session;
    /** Whether the worker has yet to be told of {@link #session} (it is, when the tab first shows). */
    private boolean workerBehind;
    private int shownFocus = -1;
    private long lastUpdate = Long.MIN_VALUE;
    private long updatedKey;
    private int frame;
    private String lastFailure;

    /**
     * Where the toy's step size is on its bifurcation diagram, and the range of theta SGD visits there
     * (NaN for none).
     */
    public record ToyMark(double eta, double low, double high) {
        static final ToyMark NONE = new ToyMark(Double.NaN, Double.NaN, Double.NaN);
    }

    /** A Valley tab acting through {@code host}, computing on {@code tasks}. */
    public ValleyViewModel(ValleyHost host, TaskExecutor tasks) {
        this.host = host;
        this.tasks = tasks;
        this.worker = new ValleyWorker(tasks, this::workerFailed);
    }

    /** Records a failure of the background work and tells the user once per kind of failure. */
    void workerFailed(RuntimeException failure) {
        String summary = FailureLog.summary(failure);
        synchronized (this) {
            if (summary.equals(lastFailure)) {
                return;
            }
            lastFailure = summary;
        }
        String line = FailureLog.record("the Valley tab's background work", failure);
        tasks.onUiThread(() -> host.showMessage(line));
    }

    /**
     * Switches to a new session: empty series and the panels for its model now; the landscape and a
     * first edge estimate are computed once the tab is on show, so that a hidden tab takes no
     * processor time from training.
     */
    public void show(Session newSession) {
        session = newSession;
        workerBehind = true;
        synchronized (this) {
            lastFailure = null;
        }
        panels.set(ValleyPanel.forModel(newSession.experiment().model()));
        runLabels.set(newSession.experiment().runs().stream().map(r -> r.label()).toList());
        landscape.set(null);
        paths.set(null);
        cross.set(null);
        landscapeMessage.set(COMPUTING);
        toyMark.set(ToyMark.NONE);
        markedEdge.set(Double.NaN);
        plots.show(newSession);
    }

    /**
     * Pulls the worker's results for the frame's {@code status}; asks the worker for fresh ones while
     * the runs move. Does nothing while the tab is hidden ({@code showing} false) or before the session of
     * {@code status} is shown.
     */
    public void refresh(ControllerStatus status, boolean showing) {
        if (session == null || status.generation() != session.generation() || !showing) {
            return;
        }
        int focus = focus();
        if (workerBehind) {
            workerBehind = false;
            shownFocus = focus;
            worker.show(session, focus);
        } else if (focus != shownFocus) {
            shownFocus = focus;
            worker.focusMoved(focus);
        }
        long now = System.nanoTime();
        long key = statusKey(status, focus);
        // the worker works only while something moves (or it has not caught up): a paused tab computes nothing
        if ((lastUpdate == Long.MIN_VALUE || now - lastUpdate > UPDATE_NANOS)
                && (key != updatedKey || worker.behind()) && worker.update(focus)) {
            lastUpdate = now;
            updatedKey = key;
        }
        RunStatus run = status.runs().get(focus);
        focusedLabel.set(run.label());
        refreshLandscape(focus);
        cross.set(worker.cross());
        plots.refreshSharpness(session.generation(), worker.sharpness(), status.runs());
        plots.refreshBounce(session, focus, worker.valleyFloor(), frame % 30 == 0);
        refreshToy(run, focus);
        refreshEdge(run);
        frame++;
    }

    /** A number that changes when the runs move, their step sizes change, or the focus changes. */
    private static long statusKey(ControllerStatus status, int focus) {
        long key = status.generation() * 31 + focus;
        for (RunStatus r : status.runs()) {
            key = key * 31 + r.iteration();
            key = key * 31 + Double.hashCode(r.stepSize());
            key = key * 31 + (r.divergence() == null ? 0 : 1);
        }
        return key;
    }

    /** The generation of the session shown, -1 before the first. */
    public long generation() {
        return session == null ? -1 : session.generation();
    }

    /** The focused run, within the session's runs. */
    public int focusedRun() {
        return focus();
    }

    private int focus() {
        int runs = session == null ? 1 : session.size();
        return Math.max(0, Math.min(host.focusedRunProperty().get(), runs - 1));
    }

    private void refreshLandscape(int focus) {
        landscapeProgress.set(worker.landscapeProgress());
        if (!panels.get().contains(ValleyPanel.LANDSCAPE)) {
            return;
        }
        ValleyWorker.Landscape l = worker.landscape();
        if (l != null && l.generation() == session.generation() && (l.run() < 0 || l.run() == focus)) {
            landscape.set(l.grid());
            ValleyWorker.Paths p = worker.paths();
            paths.set(p != null && p.generation() == session.generation() ? p : null);
        } else {
            landscape.set(null);
            landscapeMessage.set(worker.landscapeWaits() ? WAITING_FOR_PLANE : COMPUTING);
        }
    }

    private void refreshToy(RunStatus run, int focus) {
        if (!panels.get().contains(ValleyPanel.BIFURCATION)) {
            return;
        }
        ValleyWorker.Paths p = worker.paths();
        double[] range = plots.refreshToyTheta(p != null && p.generation() == session.generation() ? p : null, focus);
        ToyMark mark = new ToyMark(run.stepSize(), range[0], range[1]);
        if (!mark.equals(toyMark.get())) {
            toyMark.set(mark);
        }
    }

    private void refreshEdge(RunStatus run) {
        double progress = worker.edgeProgress();
        edgeProgress.set(progress);
        Edge edge = edge();
        boolean known = edge != null && edge.bracketed();
        jumpPossible.set(known);
        markedEdge.set(known ? edge.estimate() : Double.NaN);
        readout.set(readout(progress, edge, run.stepSize()));
    }

    private static String readout(double progress, Edge edge, double stepSize) {
        if (!Double.isNaN(progress)) {
            return "looking for the edge of stability...";
        }
        if (edge == null) {
            return NOT_ESTIMATED;
        }
        if (edge.bracketed()) {
            return String.format(Locale.ROOT, "eta = %.2f x the edge  (edge %s .. %s)", edge.ratio(stepSize),
                    Format.value(edge.lower()), Format.value(edge.upper()));
        }
        return Double.isInfinite(edge.upper()) ? "edge: above " + Format.value(edge.lower()) + " (nothing diverged)"
                : "edge: below " + Format.value(edge.upper()) + " (everything diverged)";
    }

    /** Searches the focused run's edge from its current iterate, in the background. */
    public void findEdge() {
        worker.findEdge(focus());
    }

    /** Computes the landscape again (through the current iterates, for models whose plane follows them). */
    public void recomputeLandscape() {
        worker.recomputeLandscape(focus());
    }

    /** Sets the focused run's step size to {@link #fractionProperty()} times its edge, once the edge is known. */
    public void jumpToFraction() {
        Edge edge = edge();
        if (edge != null && edge.bracketed()) {
            host.applyStepSizeToFocusedRun(fraction.get() * edge.estimate());
        }
    }

    /** The current edge estimate of the focused run of this session, or null. */
    public Edge edge() {
        ValleyWorker.EdgeFound e = worker.edge();
        return e != null && session != null && e.generation() == session.generation() && e.run() == focus()
                ? e.edge() : null;
    }

    /** The panels of this preset, in reading order. */
    public ReadOnlyObjectProperty<List<ValleyPanel>> panelsProperty() {
        return panels;
    }

    /** The edge of stability readout. */
    public ReadOnlyStringProperty readoutProperty() {
        return readout;
    }

    /** Fraction of the edge search done, NaN when none runs. */
    public ReadOnlyDoubleProperty edgeProgressProperty() {
        return edgeProgress;
    }

    /** Whether the edge is known, so a jump to a fraction of it is possible. */
    public ReadOnlyBooleanProperty jumpPossibleProperty() {
        return jumpPossible;
    }

    /** The edge to mark on the step-size slider, NaN for none. */
    public ReadOnlyDoubleProperty markedEdgeProperty() {
        return markedEdge;
    }

    /** The fraction of the edge to jump to, one of {@link #FRACTIONS}. */
    public DoubleProperty fractionProperty() {
        return fraction;
    }

    /** The landscape to draw, null while it is computed or waits. */
    public ReadOnlyObjectProperty<LandscapeGrid> landscapeProperty() {
        return landscape;
    }

    /** The runs' paths in the landscape's plane, or null. */
    public ReadOnlyObjectProperty<ValleyWorker.Paths> pathsProperty() {
        return paths;
    }

    /** What the landscape panel says while there is no landscape. */
    public ReadOnlyStringProperty landscapeMessageProperty() {
        return landscapeMessage;
    }

    /** Fraction of the landscape computed, NaN when none is computed. */
    public ReadOnlyDoubleProperty landscapeProgressProperty() {
        return landscapeProgress;
    }

    /** The loss along the sharpest direction at the focused iterate, or null. */
    public ReadOnlyObjectProperty<CrossSection> crossProperty() {
        return cross;
    }

    /** The focused run's label. */
    public ReadOnlyStringProperty focusedLabelProperty() {
        return focusedLabel;
    }

    /** The toy's step size and theta range on its bifurcation diagram. */
    public ReadOnlyObjectProperty<ToyMark> toyMarkProperty() {
        return toyMark;
    }

    /** The labels of the session's runs, in palette order. */
    public ReadOnlyObjectProperty<List<String>> runLabelsProperty() {
        return runLabels;
    }

    /** The level of each run's 2 / eta line, NaN for a run not drawn yet. */
    public double[] twoOverEtaLevels() {
        return plots.twoOverEtaLevels();
    }

    /** Number of sharpness samples shown, over every run. */
    public int sharpnessSamples() {
        return plots.sharpnessSamples();
    }

    /** How many updates (paths, sharpness, cross-section) the background worker has run. */
    public long workerUpdates() {
        return worker.updatesRun();
    }

    ValleyPlots plots() {
        return plots;
    }

    /** Stops the background work. */
    @Override
    public void close() {
        worker.close();
    }
}
