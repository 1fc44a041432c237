package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.HeadlessRunner;
import org.sgdvalley.engine.run.RunResult;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.plot.DrawnLayoutChecks;
import org.sgdvalley.ui.plot.LineDash;
import org.sgdvalley.ui.plot.PlotModel;
import org.sgdvalley.ui.plot.PlotView;
import org.sgdvalley.ui.plot.SeriesStyle;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard's plots of real (shortened) preset runs, at the size of a dashboard cell on a 1280x720
 * projector and on a 1920x1080 screen: every label whole, none over another, legends off the data.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class PresetPlotLayoutTest {

    /** A dashboard cell at 1280x720 and at 1920x1080. */
    private static final double[][] CELLS = {{520, 320}, {840, 500}};

    @Test
    void presetPlotsAreReadableAtProjectorAndScreenSizes() throws Exception {
        for (String preset : List.of("diag-gd-vs-sgd", "diag-valley-2d", "relu-three-layer", "toy-quadratic")) {
            Experiment experiment = new Experiment(PresetCatalog.bundled(preset).withIterations(3_000));
            List<RunResult> results = HeadlessRunner.allCores().run(experiment, done -> { });
            List<PlotModel> plots = new ReportPlots(experiment.spec(), experiment.metrics().columns(), results).plots();
            for (double[] cell : CELLS) {
                for (PlotModel m : plots) {
                    PlotView view = WaitForAsyncUtils.asyncFx(() -> {
                        PlotView v = new PlotView(m);
                        v.resize(cell[0], cell[1]);
                        v.redraw();
                        return v;
                    }).get(30, TimeUnit.SECONDS);
                    DrawnLayoutChecks.assertReadable(preset + " '" + m.titleProperty().get() + "' at " + cell[0] + "x"
                            + cell[1], view.drawnLayout());
                }
            }
        }
    }

    @Test
    void eachKindOfLossHasItsOwnPatternInTheRunsColour() {
        SeriesStyle train = PlotSetup.train("SGD", 2);
        SeriesStyle test = PlotSetup.extraLoss("SGD", "test_loss", 2);
        SeriesStyle floor = PlotSetup.extraLoss("SGD", "valley_loss", 2);
        assertThat(List.of(train.dash(), test.dash(), floor.dash()))
                .containsExactly(LineDash.SOLID, LineDash.DASHED, LineDash.DOTTED);
        assertThat(List.of(train.kind(), test.kind(), floor.kind())).containsExactly("train", "test", "valley floor");
        assertThat(test.color()).isEqualTo(train.color());
        assertThat(floor.color()).isEqualTo(train.color());
    }
}
