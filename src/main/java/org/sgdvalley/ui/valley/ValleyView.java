package org.sgdvalley.ui.valley;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.paint.Color;
import org.sgdvalley.engine.edge.Edge;
import org.sgdvalley.engine.landscape.Stabilization;
import org.sgdvalley.engine.landscape.ToyMap;
import org.sgdvalley.engine.model.QuadraticToy;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.ExperimentController.Session;
import org.sgdvalley.engine.run.RunHistory;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.ui.HistorySeries;
import org.sgdvalley.ui.MainViewModel;
import org.sgdvalley.ui.plot.AxisScale;
import org.sgdvalley.ui.plot.PlotBand;
import org.sgdvalley.ui.plot.PlotMarker;
import org.sgdvalley.ui.plot.PlotModel;
import org.sgdvalley.ui.plot.PlotSeries;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.PlotView;
import org.sgdvalley.ui.plot.Range;
import org.sgdvalley.ui.plot.SeriesBuffer;
import org.sgdvalley.ui.plot.SeriesStyle;

/**
 * The Valley tab: the loss landscape with live paths, the sharpest cross-section, sharpness against
 * 2/eta, the bounce height, and the toy's bifurcation diagram with its iterates; above them the edge of
 * stability readout with "Find the edge" and a jump to a fraction of it. Heavy work runs on a
 * {@link ValleyWorker}; this view pulls its results once per frame while it is showing.
 */
public final class ValleyView extends BorderPane {
    private static final long UPDATE_NANOS = 120_000_000L;
    private static final Color EDGE = Color.rgb(192, 0, 0);
    private static final String COMPUTING = "Computing the loss landscape...";
    /** Shown while the initialization and the iterates coincide (before Play): they span no plane yet. */
    static final String WAITING_FOR_PLANE = "The landscape is drawn on the plane through the initialization, "
            + "this run's iterate and another run's: it waits until training has moved them apart (press Play).";

    private final MainViewModel vm;
    private final SliderMark sliderMark;
    private final ValleyWorker worker = new ValleyWorker();
    private final ContourView contours = new ContourView();
    private final CrossSectionView cross = new CrossSectionView();
    private final BifurcationView bifurcation = new BifurcationView();
    private final PlotModel sharpnessPlot = new PlotModel();
    private final PlotModel bouncePlot = new PlotModel();
    private final PlotModel thetaPlot = new PlotModel();
    private final List<PlotView> plotViews = new ArrayList<>();
    private final Label readout = new Label("edge of stability: not yet estimated");
    private final Button findEdge = new Button("Find the edge");
    private final ProgressBar edgeProgress = new ProgressBar(0);
    private final ComboBox<String> fraction = new ComboBox<>();
    private final Button jump = new Button("Jump");
    private final Button recompute = new Button("Recompute landscape");
    private final SeriesBuffer twoOverEta = new SeriesBuffer(4);
    private final List<SeriesBuffer> sharpnessSeries = new ArrayList<>();
    private final SeriesBuffer floorSamples = new SeriesBuffer(256);
    private final SeriesBuffer thetaSgd = new SeriesBuffer(64);
    private final SeriesBuffer thetaGd = new SeriesBuffer(64);
    private final SeriesBuffer thetaStar = new SeriesBuffer(4);
    private Session session;
    /** Whether the worker has yet to be told of {@link #session} (it is, when the tab first shows). */
    private boolean workerBehind;
    private ValleyWorker.SharpnessSamples shownSharpness;
    private ValleyWorker.FloorSamples shownFloor;
    private int shownFocus = -1;
    private HistorySeries trainLoss;
    private HistorySeries valleyLoss;
    private int bounceRun = -1;
    private long lastUpdate;
    private long updatedKey;
    private long stabilizationVersion = -1;
    private int frame;
    private boolean toy;

    /** A Valley tab acting through {@code vm}, marking the edge on {@code sliderMark}. */
    public ValleyView(MainViewModel vm, SliderMark sliderMark) {
        this.vm = vm;
        this.sliderMark = sliderMark;
        setId("valley-view");
        setTop(edgeBar());
        setCenter(grid());
        setUpPlots();
    }

    private HBox edgeBar() {
        readout.setId("edge-readout");
        readout.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        findEdge.setId("find-edge");
        findEdge.setTooltip(new Tooltip("Estimate the largest step size that does not diverge, from the current "
                + "iterate of the focused run: short runs and bisection, in the background"));
        findEdge.setOnAction(e -> worker.findEdge(focus()));
        edgeProgress.setId("edge-progress");
        edgeProgress.setPrefWidth(140);
        edgeProgress.setVisible(false);
        edgeProgress.managedProperty().bind(edgeProgress.visibleProperty());
        fraction.setId("edge-fraction");
        fraction.getItems().setAll("50%", "80%", "90%", "95%", "99%");
        fraction.getSelectionModel().select("90%");
        jump.setId("jump-to-edge");
        jump.setTooltip(new Tooltip("Set the step size to this fraction of the edge"));
        jump.setOnAction(e -> jumpToFraction());
        jump.setDisable(true);
        recompute.setId("recompute-landscape");
        recompute.setOnAction(e -> worker.recomputeLandscape(focus()));
        Label jumpTo = new Label("Jump to");
        Label ofEdge = new Label("of the edge");
        for (javafx.scene.control.Control c : List.of(findEdge, fraction, jump, recompute, jumpTo, ofEdge)) {
            c.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        }
        readout.setMinWidth(200);
        HBox.setHgrow(readout, Priority.SOMETIMES);
        HBox bar = new HBox(10, readout, findEdge, edgeProgress, jumpTo, fraction, ofEdge, jump, recompute);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 4, 10));
        return bar;
    }

    private GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(6);
        g.setPadding(new Insets(4, 6, 6, 6));
        PlotView sharpness = new PlotView(sharpnessPlot);
        sharpness.setId("valley-sharpness");
        PlotView bounce = new PlotView(bouncePlot);
        bounce.setId("valley-bounce");
        PlotView theta = new PlotView(thetaPlot);
        theta.setId("valley-theta");
        plotViews.addAll(List.of(sharpness, bounce, theta));
        GridPane toyRow = new GridPane();
        toyRow.setHgap(6);
        toyRow.add(bifurcation, 0, 0);
        toyRow.add(theta, 1, 0);
        toyRow.getColumnConstraints().addAll(percent(60), percent(40));
        RowConstraints full = new RowConstraints();
        full.setPercentHeight(100);
        toyRow.getRowConstraints().add(full);
        g.add(contours, 0, 0, 1, 2);
        g.add(cross, 1, 0);
        g.add(sharpness, 2, 0);
        g.add(bounce, 1, 1);
        g.add(toyRow, 2, 1);
        g.getColumnConstraints().addAll(percent(40), percent(30), percent(30));
        for (int i = 0; i < 2; i++) {
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            g.getRowConstraints().add(r);
        }
        return g;
    }

    private static ColumnConstraints percent(double p) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(p);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private void setUpPlots() {
        sharpnessPlot.titleProperty().set("Sharpness and the 2 / eta line");
        sharpnessPlot.xLabelProperty().set("iteration");
        sharpnessPlot.yLabelProperty().set("sharpness");
        sharpnessPlot.yScaleProperty().set(AxisScale.LOG);
        sharpnessPlot.legendCornerProperty().set(Pos.BOTTOM_RIGHT);
        bouncePlot.titleProperty().set("Bounce height above the valley floor");
        bouncePlot.xLabelProperty().set("iteration");
        bouncePlot.yLabelProperty().set("loss");
        bouncePlot.yScaleProperty().set(AxisScale.LOG);
        bouncePlot.legendCornerProperty().set(Pos.BOTTOM_LEFT);
        thetaPlot.titleProperty().set("theta hopping across theta*");
        thetaPlot.xLabelProperty().set("iteration");
        thetaPlot.yLabelProperty().set("theta");
        thetaPlot.legendCornerProperty().set(Pos.BOTTOM_RIGHT);
        thetaStar.add(0, 1);
        thetaStar.add(1, 1);
    }

    private int focus() {
        int runs = session == null ? 1 : session.size();
        return Math.max(0, Math.min(vm.focusedRunProperty().get(), runs - 1));
    }

    private void jumpToFraction() {
        Edge edge = edge();
        if (edge == null || !edge.bracketed()) {
            return;
        }
        double f = Double.parseDouble(fraction.getValue().replace("%", "")) / 100;
        vm.applyStepSizeToFocusedRun(f * edge.estimate());
    }

    /**
     * Switches to a new session: empty series now; the new landscape and a first edge estimate are
     * computed once the tab is on show, so that a hidden tab takes no processor time from training.
     */
    public void show(Session newSession) {
        session = newSession;
        workerBehind = true;
        toy = newSession.experiment().model() instanceof QuadraticToy;
        contours.setGrid(null);
        contours.setPaths(null);
        contours.setMessage(toy ? "The toy has a single parameter: see its bifurcation diagram below" : COMPUTING);
        contours.setRunLabels(newSession.experiment().runs().stream().map(r -> r.label()).toList());
        shownSharpness = null;
        shownFloor = null;
        sharpnessSeries.clear();
        sharpnessPlot.getSeries().clear();
        for (int i = 0; i < newSession.size(); i++) {
            SeriesBuffer s = new SeriesBuffer(256);
            sharpnessSeries.add(s);
            sharpnessPlot.addSeries(s, SeriesStyle.line(newSession.experiment().runs().get(i).label(),
                    PlotTheme.paletteColor(i)));
        }
        sharpnessPlot.addSeries(twoOverEta, new SeriesStyle("2 / eta (focused run)", EDGE, 2, true, true, false));
        long total = Math.max(2, newSession.experiment().runs().get(0).schedule().totalSteps());
        sharpnessPlot.xZoomProperty().set(new Range(0, total));
        bouncePlot.xZoomProperty().set(new Range(0, total));
        twoOverEta.clear();
        bounceRun = -1;
        sliderMark.mark(Double.NaN);
        thetaPlot.getSeries().clear();
        thetaPlot.addSeries(thetaStar, new SeriesStyle("", Color.GRAY, 1.5, true, true, false));
        if (toy) {
            thetaPlot.addSeries(thetaSgd, SeriesStyle.line("", PlotTheme.paletteColor(0)));
            thetaPlot.titleProperty().set("SGD's theta around theta* = 1");
            thetaPlot.xLabelProperty().set("iteration");
        } else {
            thetaPlot.addSeries(thetaGd, SeriesStyle.line("", PlotTheme.paletteColor(1)));
            thetaPlot.titleProperty().set("GD map at eta = 1.1");
            thetaPlot.xLabelProperty().set("step");
            fillGdMap(1.1);
        }
    }

    private void fillGdMap(double eta) {
        thetaGd.clear();
        double[] theta = ToyMap.iterates(0.5, eta, 40);
        for (int t = 0; t < theta.length; t++) {
            thetaGd.add(t, theta[t]);
        }
        thetaStar.clear();
        thetaStar.add(0, 1);
        thetaStar.add(40, 1);
    }

    /** Pulls the worker's results and redraws; called once per frame. Does nothing while hidden. */
    public void refresh(ControllerStatus status) {
        if (session == null || status.generation() != session.generation() || getScene() == null || !isVisible()
                || getParent() == null || !getParent().isVisible()) {
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
        if (now - lastUpdate > UPDATE_NANOS && (key != updatedKey || worker.behind()) && worker.update(focus)) {
            lastUpdate = now;
            updatedKey = key;
        }
        RunStatus run = status.runs().get(focus);
        refreshContours();
        cross.set(worker.cross(), run.label());
        refreshSharpness(run);
        refreshBounce(focus);
        refreshToy(run, focus);
        refreshEdge(run);
        contours.redraw();
        cross.redraw();
        bifurcation.redraw();
        for (PlotView v : plotViews) {
            v.redraw();
        }
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

    private void refreshContours() {
        ValleyWorker.Landscape l = worker.landscape();
        contours.setProgress(worker.landscapeProgress());
        if (l != null && l.generation() == session.generation() && (l.run() < 0 || l.run() == focus())) {
            contours.setGrid(l.grid());
            ValleyWorker.Paths p = worker.paths();
            contours.setPaths(p != null && p.generation() == session.generation() ? p : null);
        } else if (!toy) {
            contours.setGrid(null);
            contours.setMessage(worker.landscapeWaits() ? WAITING_FOR_PLANE : COMPUTING);
        }
    }

    private void refreshSharpness(RunStatus run) {
        ValleyWorker.SharpnessSamples samples = worker.sharpness();
        // the worker may still hold the previous session's samples for a frame or two
        if (samples != shownSharpness && samples.generation() == session.generation()) {
            shownSharpness = samples;
            for (int i = 0; i < samples.runs().size(); i++) {
                fill(sharpnessSeries.get(i), samples.runs().get(i));
            }
        }
        double level = 2 / run.stepSize();
        long total = Math.max(2, run.totalSteps());
        if (twoOverEta.count() == 0 || twoOverEta.last()[0] != level) {
            twoOverEta.clear();
            twoOverEta.add(0, level);
            twoOverEta.add(total, level);
        }
    }

    /** Appends the samples past the buffer's last iteration that a log axis can show (finite, positive). */
    static void fill(SeriesBuffer buffer, ValleyWorker.Samples s) {
        double after = buffer.count() == 0 ? Double.NEGATIVE_INFINITY : buffer.x()[buffer.count() - 1];
        for (int k = 0; k < s.iterations().length; k++) {
            if (s.iterations()[k] > after && Double.isFinite(s.values()[k]) && s.values()[k] > 0) {
                buffer.add(s.iterations()[k], s.values()[k]);
            }
        }
    }

    private void refreshBounce(int focus) {
        if (bounceRun != focus) {
            bounceRun = focus;
            stabilizationVersion = -1;
            bouncePlot.getSeries().clear();
            Color color = PlotTheme.paletteColor(focus);
            String label = session.experiment().runs().get(focus).label();
            trainLoss = new HistorySeries(session.history(focus).series(RunHistory.TRAIN_LOSS));
            var floorHistory = session.history(focus).series("valley_loss");
            valleyLoss = floorHistory == null ? null : new HistorySeries(floorHistory);
            floorSamples.clear();
            shownFloor = null;
            PlotSeries floor = valleyLoss != null ? valleyLoss : floorSamples;
            bouncePlot.addSeries(trainLoss, SeriesStyle.envelope(label + ": train loss", color));
            bouncePlot.addSeries(floor, new SeriesStyle("valley-floor loss", Color.BLACK, 2, true, true, false));
            bouncePlot.bandProperty().set(new PlotBand(floor, trainLoss, ChartFrame.alpha(color, 0.25)));
            bouncePlot.getMarkers().clear();
        }
        trainLoss.refresh();
        if (valleyLoss != null) {
            valleyLoss.refresh();
        } else if (worker.valleyFloor() != shownFloor && worker.valleyFloor() != null
                && worker.valleyFloor().run() == focus) {
            shownFloor = worker.valleyFloor();
            fill(floorSamples, shownFloor.samples());
        }
        if (frame % 30 == 0 && trainLoss.version() != stabilizationVersion) {
            stabilizationVersion = trainLoss.version();
            markStabilization();
        }
    }

    private void markStabilization() {
        var phase = Stabilization.detect(trainLoss.x(), trainLoss.last(), trainLoss.count());
        List<PlotMarker> markers = new ArrayList<>();
        phase.ifPresent(p -> {
            markers.add(new PlotMarker(p.start(), "loss stabilizes", EDGE));
            markers.add(new PlotMarker(p.end(), "stabilization ends", EDGE));
        });
        if (!markers.equals(bouncePlot.getMarkers())) {
            bouncePlot.getMarkers().setAll(markers);
        }
    }

    private void refreshToy(RunStatus run, int focus) {
        if (!toy) {
            bifurcation.mark(Double.NaN, Double.NaN, Double.NaN);
            return;
        }
        ValleyWorker.Paths p = worker.paths();
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (p != null && p.generation() == session.generation() && focus < p.recentTheta().size()) {
            double[] theta = p.recentTheta().get(focus);
            long[] its = p.recentIterations().get(focus);
            if (theta.length > 0 && (thetaSgd.count() == 0 || thetaSgd.x()[thetaSgd.count() - 1] != its[its.length - 1])) {
                thetaSgd.clear();
                for (int k = 0; k < theta.length; k++) {
                    thetaSgd.add(its[k], theta[k]);
                }
                thetaStar.clear();
                thetaStar.add(its[0], 1);
                thetaStar.add(its[its.length - 1], 1);
            }
            for (double t : theta) {
                lo = Double.isNaN(lo) ? t : Math.min(lo, t);
                hi = Double.isNaN(hi) ? t : Math.max(hi, t);
            }
        }
        bifurcation.mark(run.stepSize(), lo, hi);
    }

    private void refreshEdge(RunStatus run) {
        double progress = worker.edgeProgress();
        edgeProgress.setVisible(!Double.isNaN(progress));
        if (!Double.isNaN(progress)) {
            edgeProgress.setProgress(progress);
        }
        findEdge.setDisable(!Double.isNaN(progress));
        Edge edge = edge();
        boolean known = edge != null && edge.bracketed();
        jump.setDisable(!known);
        sliderMark.mark(known ? edge.estimate() : Double.NaN);
        String text;
        if (!Double.isNaN(progress)) {
            text = "looking for the edge of stability...";
        } else if (known) {
            text = String.format("eta = %.2f x the edge  (edge %s .. %s)", edge.ratio(run.stepSize()),
                    ChartFrame.format(edge.lower()), ChartFrame.format(edge.upper()));
        } else if (edge != null) {
            text = Double.isInfinite(edge.upper()) ? String.format("edge: above %.4g (nothing diverged)", edge.lower())
                    : String.format("edge: below %.4g (everything diverged)", edge.upper());
        } else {
            text = "edge of stability: not yet estimated";
        }
        if (!text.equals(readout.getText())) {
            readout.setText(text);
        }
    }

    /** Applies a theme to every view of the tab. */
    public void setTheme(PlotTheme theme) {
        for (PlotModel m : List.of(sharpnessPlot, bouncePlot, thetaPlot)) {
            m.themeProperty().set(theme);
        }
        contours.setTheme(theme);
        cross.setTheme(theme);
        bifurcation.setTheme(theme);
    }

    /** Stops the background worker. */
    public void close() {
        worker.close();
    }

    PlotModel sharpnessPlot() {
        return sharpnessPlot;
    }

    /** The 2 / eta line's level, NaN before the first frame. */
    public double twoOverEtaLevel() {
        return twoOverEta.count() == 0 ? Double.NaN : twoOverEta.last()[0];
    }

    /** The current edge estimate of the focused run of this session, or null. */
    public Edge edge() {
        ValleyWorker.EdgeFound e = worker.edge();
        return e != null && session != null && e.generation() == session.generation() && e.run() == focus()
                ? e.edge() : null;
    }

    /** Number of sharpness samples shown, over every run. */
    public int sharpnessSamples() {
        return sharpnessSeries.stream().mapToInt(SeriesBuffer::count).sum();
    }

    /** Whether a cross-section is shown. */
    public boolean crossSectionShown() {
        return cross.cross() != null;
    }

    /** How many times any of the tab's pictures has been drawn. */
    public long drawCount() {
        return contours.drawCount() + cross.drawCount() + bifurcation.drawCount()
                + plotViews.stream().mapToLong(PlotView::drawCount).sum();
    }

    /** How many updates (paths, sharpness, cross-section) the background worker has run. */
    public long workerUpdates() {
        return worker.updatesRun();
    }

    /** The text shown in place of the landscape (why it waits, that it is computed), empty when none. */
    public String landscapeMessage() {
        return landscapeShown() ? "" : contours.message();
    }

    /** The landscape shown, or null: its plane carries the named anchor points. */
    public org.sgdvalley.engine.landscape.LandscapeGrid landscape() {
        return contours.grid();
    }

    /** Whether the landscape of this session has been computed and shown. */
    public boolean landscapeShown() {
        return contours.grid() != null;
    }
}
