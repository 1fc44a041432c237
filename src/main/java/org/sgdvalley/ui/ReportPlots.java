package org.sgdvalley.ui;

import java.util.ArrayList;
import java.util.List;
import org.sgdvalley.engine.run.Evaluation;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunResult;
import org.sgdvalley.engine.run.RunSpec;
import org.sgdvalley.ui.plot.PlotMarker;
import org.sgdvalley.ui.plot.PlotModel;
import org.sgdvalley.ui.plot.Range;
import org.sgdvalley.ui.plot.SeriesBuffer;

/**
 * The dashboard's loss, step-size and sparsity plots built from finished headless runs (the metrics
 * at their evaluation points), for the command line's PNG report.
 */
final class ReportPlots {
    private final PlotModel loss = PlotSetup.loss();
    private final PlotModel stepSize = PlotSetup.stepSize();
    private final PlotModel sparsity = PlotSetup.sparsity();

    ReportPlots(ExperimentSpec spec, List<String> columns, List<RunResult> results) {
        List<String> sparse = PlotSetup.sparsityMetrics(columns);
        if (!sparse.isEmpty()) {
            PlotSetup.showSparsity(sparsity, sparse.get(0));
        }
        List<PlotMarker> markers = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            RunResult r = results.get(i);
            addLosses(r, columns, i);
            stepSize.addSeries(column(r, -1), PlotSetup.line(r.label(), i));
            if (!sparse.isEmpty()) {
                sparsity.addSeries(column(r, columns.indexOf(sparse.get(0))), PlotSetup.line(r.label(), i));
            }
            RunSpec run = spec.runs().get(i);
            for (long at : run.schedule().resolve(spec.iterations()).decayIterations()) {
                markers.add(PlotSetup.decay(at));
            }
            if (r.divergence() != null) {
                markers.add(PlotSetup.diverged(r.label(), r.divergence().iteration()));
            }
        }
        for (PlotModel m : plots()) {
            m.getMarkers().setAll(markers);
            m.xZoomProperty().set(new Range(0, Math.max(1, spec.iterations())));
        }
    }

    private void addLosses(RunResult r, List<String> columns, int i) {
        int train = columns.indexOf("train_loss");
        if (train >= 0) {
            loss.addSeries(column(r, train), PlotSetup.train(r.label(), i));
        }
        for (String extra : List.of("test_loss", "valley_loss")) {
            if (columns.contains(extra)) {
                loss.addSeries(column(r, columns.indexOf(extra)), PlotSetup.extraLoss(r.label(), extra, i));
            }
        }
    }

    /** A metric column of a run's evaluations as a series; column -1 is the step size. */
    private static SeriesBuffer column(RunResult r, int column) {
        SeriesBuffer s = new SeriesBuffer(r.evaluations().size());
        for (Evaluation e : r.evaluations()) {
            s.add(e.iteration(), column < 0 ? e.stepSize() : e.values()[column]);
        }
        return s;
    }

    /** Loss, step size and sparsity, in that order. */
    List<PlotModel> plots() {
        return List.of(loss, stepSize, sparsity);
    }
}
