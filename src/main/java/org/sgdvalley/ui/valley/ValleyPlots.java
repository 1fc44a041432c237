package org.sgdvalley.ui.valley;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.paint.Color;
import org.sgdvalley.engine.landscape.Stabilization;
import org.sgdvalley.engine.run.ExperimentController.Session;
import org.sgdvalley.engine.run.RunHistory;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.engine.run.SeriesHistory;
import org.sgdvalley.engine.valley.ValleyWorker;
import org.sgdvalley.ui.plot.AxisScale;
import org.sgdvalley.ui.plot.CurveKind;
import org.sgdvalley.ui.plot.HistorySeries;
import org.sgdvalley.ui.plot.PlotBand;
import org.sgdvalley.ui.plot.PlotMarker;
import org.sgdvalley.ui.plot.PlotModel;
import org.sgdvalley.ui.plot.PlotSeries;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.Range;
import org.sgdvalley.ui.plot.SeriesBuffer;
import org.sgdvalley.ui.plot.SeriesStyle;

/**
 * The data of the Valley tab's three line plots, filled from the worker's samples and the runs'
 * histories: sharpness of every run with a dashed 2 / eta line per run in that run's colour, the
 * focused run's bounce above the valley floor, and the toy's theta around theta*. No drawing here.
 */
final class ValleyPlots {
    static final Color EDGE = Color.rgb(192, 0, 0);
    private final PlotModel sharpness = new PlotModel();
    private final PlotModel bounce = new PlotModel();
    private final PlotModel theta = new PlotModel();
    private final List<SeriesBuffer> sharpnessSeries = new ArrayList<>();
    private final List<SeriesBuffer> twoOverEta = new ArrayList<>();
    private final SeriesBuffer floorSamples = new SeriesBuffer(256);
    private final SeriesBuffer thetaSgd = new SeriesBuffer(64);
    private final SeriesBuffer thetaStar = new SeriesBuffer(4);
    private ValleyWorker.SharpnessSamples shownSharpness;
    private ValleyWorker.FloorSamples shownFloor;
    private HistorySeries trainLoss;
    private HistorySeries valleyLoss;
    private long stabilizationVersion = -1;
    private int bounceRun = -1;
    /** Samples of the training loss, evenly spaced in iterations, on which stabilization is detected. */
    static final int EVEN_SAMPLES = 500;

    ValleyPlots() {
        sharpness.titleProperty().set("Sharpness and 2 / eta (dashed)");
        sharpness.xLabelProperty().set("iteration");
        sharpness.yLabelProperty().set("sharpness");
        sharpness.yScaleProperty().set(AxisScale.LOG);
        // the runs' key above the panels names them
        sharpness.namedElsewhereProperty().set(true);
        bounce.titleProperty().set("Bounce height above the valley floor");
        bounce.xLabelProperty().set("iteration");
        bounce.yLabelProperty().set("loss");
        bounce.yScaleProperty().set(AxisScale.LOG);
        bounce.legendCornerProperty().set(Pos.BOTTOM_LEFT);
        theta.titleProperty().set("SGD's theta around theta* = 1");
        theta.xLabelProperty().set("iteration");
        theta.yLabelProperty().set("theta");
        theta.legendCornerProperty().set(Pos.BOTTOM_RIGHT);
    }

    /** Empties every series for a new session and sets up one sharpness and one 2 / eta line per run. */
    void show(Session session) {
        shownSharpness = null;
        sharpnessSeries.clear();
        twoOverEta.clear();
        sharpness.getSeries().clear();
        for (int i = 0; i < session.size(); i++) {
            SeriesBuffer s = new SeriesBuffer(256);
            sharpnessSeries.add(s);
            String label = session.experiment().runs().get(i).label();
            sharpness.addSeries(s, SeriesStyle.line(label, PlotTheme.paletteColor(i)));
        }
        for (int i = 0; i < session.size(); i++) {
            SeriesBuffer line = new SeriesBuffer(4);
            twoOverEta.add(line);
            // no legend entry: the title says dashed is 2 / eta, and the colour names the run
            sharpness.addSeries(line, new SeriesStyle("", PlotTheme.paletteColor(i), 2, true, true, false));
        }
        long total = Math.max(2, session.experiment().runs().get(0).schedule().totalSteps());
        sharpness.xZoomProperty().set(new Range(0, total));
        bounce.xZoomProperty().set(new Range(0, total));
        bounceRun = -1;
        thetaSgd.clear();
        thetaStar.clear();
        theta.getSeries().clear();
        theta.addSeries(thetaStar, new SeriesStyle("", Color.GRAY, 1.5, true, true, false));
        theta.addSeries(thetaSgd, SeriesStyle.line("", PlotTheme.paletteColor(0)));
    }

    /** New sharpness samples of the session {@code generation}, and each run's 2 / eta at its step size now. */
    void refreshSharpness(long generation, ValleyWorker.SharpnessSamples samples, List<RunStatus> runs) {
        // the worker may still hold the previous session's samples for a frame or two
        if (samples != shownSharpness && samples.generation() == generation
                && samples.runs().size() == sharpnessSeries.size()) {
            shownSharpness = samples;
            for (int i = 0; i < samples.runs().size(); i++) {
                fill(sharpnessSeries.get(i), samples.runs().get(i));
            }
        }
        for (int i = 0; i < Math.min(runs.size(), twoOverEta.size()); i++) {
            RunStatus run = runs.get(i);
            SeriesBuffer line = twoOverEta.get(i);
            double level = 2 / run.stepSize();
            if (Double.isFinite(level) && (line.count() == 0 || line.last()[0] != level)) {
                line.clear();
                line.add(0, level);
                line.add(Math.max(2, run.totalSteps()), level);
            }
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

    /**
     * The focused run's training loss above its valley floor (recorded, or sampled by the worker when
     * the preset does not record it); the stabilized phase is marked again when {@code mark} is set.
     */
    void refreshBounce(Session session, int focus, ValleyWorker.FloorSamples floor, boolean mark) {
        if (bounceRun != focus) {
            followBounce(session, focus);
        }
        trainLoss.refresh();
        if (valleyLoss != null) {
            valleyLoss.refresh();
        } else if (floor != shownFloor && floor != null && floor.run() == focus) {
            shownFloor = floor;
            fill(floorSamples, floor.samples());
        }
        if (mark && trainLoss.version() != stabilizationVersion) {
            stabilizationVersion = trainLoss.version();
            markStabilization();
        }
    }

    private void followBounce(Session session, int focus) {
        bounceRun = focus;
        stabilizationVersion = -1;
        bounce.getSeries().clear();
        Color color = PlotTheme.paletteColor(focus);
        String label = session.experiment().runs().get(focus).label();
        trainLoss = new HistorySeries(session.history(focus).series(RunHistory.TRAIN_LOSS));
        SeriesHistory floorHistory = session.history(focus).series("valley_loss");
        valleyLoss = floorHistory == null ? null : new HistorySeries(floorHistory);
        floorSamples.clear();
        shownFloor = null;
        PlotSeries floor = valleyLoss != null ? valleyLoss : floorSamples;
        bounce.addSeries(trainLoss, CurveKind.TRAIN.style(label, color));
        bounce.addSeries(floor, CurveKind.VALLEY_FLOOR.style(label, color));
        bounce.bandProperty().set(new PlotBand(floor, trainLoss, ChartFrame.alpha(color, 0.25)));
        bounce.getMarkers().clear();
    }

    private void markStabilization() {
        var phase = stabilization(trainLoss.x(), trainLoss.last(), trainLoss.count());
        List<PlotMarker> markers = new ArrayList<>();
        phase.ifPresent(p -> {
            markers.add(new PlotMarker(p.start(), "loss stabilizes", EDGE));
            markers.add(new PlotMarker(p.end(), "stabilization ends", EDGE));
        });
        if (!markers.equals(bounce.getMarkers())) {
            bounce.getMarkers().setAll(markers);
        }
    }

    /**
     * The stabilization phase of a loss history whose first {@code count} entries (x ascending) are
     * unevenly spaced in iterations (coarse buckets, then every recent step): detected on
     * {@link #EVEN_SAMPLES} samples evenly spaced in iterations, each the value of the entry covering it,
     * so that a phase's share of the samples is its share of the iterations, as the paper means it.
     */
    static Optional<Stabilization.Phase> stabilization(double[] x, double[] loss, int count) {
        if (count < 2 || x[count - 1] <= x[0]) {
            return Optional.empty();
        }
        double[] at = new double[EVEN_SAMPLES];
        double[] value = new double[EVEN_SAMPLES];
        int entry = 0;
        for (int k = 0; k < EVEN_SAMPLES; k++) {
            at[k] = x[0] + (x[count - 1] - x[0]) * k / (EVEN_SAMPLES - 1);
            while (entry + 1 < count && x[entry + 1] <= at[k]) {
                entry++;
            }
            value[k] = loss[entry];
        }
        return Stabilization.detect(at, value, EVEN_SAMPLES);
    }

    /**
     * The toy's recent iterates of run {@code focus}, drawn around theta* = 1; returns the range of theta
     * they cover ({low, high}, NaN when none).
     */
    double[] refreshToyTheta(ValleyWorker.Paths paths, int focus) {
        double[] range = {Double.NaN, Double.NaN};
        if (paths == null || focus >= paths.recentTheta().size()) {
            return range;
        }
        double[] values = paths.recentTheta().get(focus);
        long[] its = paths.recentIterations().get(focus);
        if (values.length > 0 && (thetaSgd.count() == 0 || thetaSgd.x()[thetaSgd.count() - 1] != its[its.length - 1])) {
            thetaSgd.clear();
            for (int k = 0; k < values.length; k++) {
                thetaSgd.add(its[k], values[k]);
            }
            thetaStar.clear();
            thetaStar.add(its[0], 1);
            thetaStar.add(its[its.length - 1], 1);
        }
        for (double t : values) {
            range[0] = Double.isNaN(range[0]) ? t : Math.min(range[0], t);
            range[1] = Double.isNaN(range[1]) ? t : Math.max(range[1], t);
        }
        return range;
    }

    /** Applies a theme to the three plots. */
    void setTheme(PlotTheme t) {
        for (PlotModel m : List.of(sharpness, bounce, theta)) {
            m.themeProperty().set(t);
        }
    }

    PlotModel sharpness() {
        return sharpness;
    }

    PlotModel bounce() {
        return bounce;
    }

    PlotModel theta() {
        return theta;
    }

    /** The level of each run's 2 / eta line, NaN for a run not drawn yet. */
    double[] twoOverEtaLevels() {
        return twoOverEta.stream().mapToDouble(l -> l.count() == 0 ? Double.NaN : l.last()[0]).toArray();
    }

    /** The colour of each run's 2 / eta line. */
    List<Color> twoOverEtaColors() {
        int first = sharpnessSeries.size();
        return sharpness.getSeries().subList(first, first + twoOverEta.size()).stream()
                .map(e -> e.getStyle().color()).toList();
    }

    /** Number of sharpness samples shown, over every run. */
    int sharpnessSamples() {
        return sharpnessSeries.stream().mapToInt(SeriesBuffer::count).sum();
    }
}
