package org.sgdvalley.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Dimension2D;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sgdvalley.ui.base.DrawnLayout;
import org.sgdvalley.ui.base.DrawnLayout.DrawnText;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How a plot names its lines and places its notes, read from its drawn layout at the sizes a plot has
 * on the dashboard at 1280x720 and at 1920x1080.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class PlotLabelLayoutTest {

    /** A dashboard cell at 1280x720 and at 1920x1080. */
    private static final double[][] SIZES = {{560, 330}, {900, 480}};
    private static final String[] RUNS = {"GD eta=2.0", "GD eta=3.53, decay at 10%", "GD eta=3.53, decay at 30%",
        "GD eta=3.53, decay at 50%", "SGD eta=0.26, decay at 50%"};
    private static final int N = 20_000;

    @Test
    void tenLossCurvesOfFiveRunsKeepTheirLegendOffTheData() throws Exception {
        for (double[] size : SIZES) {
            DrawnLayout layout = onFx(() -> draw(lossOfFiveRuns(), size[0], size[1]).drawnLayout());
            DrawnLayoutChecks.assertReadable("loss at " + size[0] + "x" + size[1], layout);
            assertThat(layout.legends()).as("a legend names runs and kinds").hasSize(1);
            assertThat(layout.texts()).extracting(DrawnText::text).contains(RUNS).contains("train", "test");
        }
    }

    @Test
    void fewLinesAreNamedAtTheirEndsInTheirColour() throws Exception {
        PlotModel model = new PlotModel();
        model.titleProperty().set("Step size");
        double[] ends = {0.5, 2.0, 3.5};
        for (int r = 0; r < 3; r++) {
            SeriesBuffer s = new SeriesBuffer(N);
            for (int i = 0; i < N; i++) {
                s.add(i, ends[r] * (1 + (N - i) / (double) N));
            }
            model.addSeries(s, SeriesStyle.line("run " + r, PlotTheme.paletteColor(r)));
        }
        PlotView view = onFx(() -> draw(model, 560, 330));
        DrawnLayout layout = view.drawnLayout();
        DrawnLayoutChecks.assertReadable("direct labels", layout);
        assertThat(layout.legends()).as("no legend box when the lines are named").isEmpty();
        for (int r = 0; r < 3; r++) {
            DrawnText label = text(layout, "run " + r);
            assertThat(label.box().getMinX()).as("right of the data").isGreaterThan(layout.dataArea().getMaxX());
            double lineEnd = view.drawnLayout().dataArea().getMaxY()
                    - (ends[r] - view.shownYRange().min()) / (view.shownYRange().max() - view.shownYRange().min())
                    * layout.dataArea().getHeight();
            assertThat(Math.abs(centreY(label.box()) - lineEnd)).as("at the height its line ends")
                    .isLessThan(label.box().getHeight());
        }
    }

    @Test
    void aSmallLegendGoesWhereTheDataIsNot() throws Exception {
        PlotModel model = new PlotModel();
        SeriesBuffer s = new SeriesBuffer(N);
        for (int i = 0; i < N; i++) {
            s.add(i, i < N / 2 ? 0.5 + 0.5 * Math.sin(i) : 0.1 + 0.1 * Math.sin(i)); // all over on the left, low on the right
        }
        model.addSeries(s, new SeriesStyle("a loss", "train", PlotTheme.paletteColor(0), 1.5, LineDash.SOLID, true, true));
        model.yZoomProperty().set(new Range(0, 1));
        model.legendCornerProperty().set(Pos.TOP_LEFT); // preferred, but that is where the data is
        DrawnLayout layout = onFx(() -> draw(model, 900, 480).drawnLayout());
        assertThat(layout.legends()).hasSize(1);
        Rectangle2D legend = layout.legends().get(0);
        assertThat(layout.dataArea().contains(legend)).as("inside the data area").isTrue();
        assertThat(legend.getMinX()).as("in the empty upper right").isGreaterThan(layout.dataArea().getMinX()
                + layout.dataArea().getWidth() / 2);
        DrawnLayoutChecks.assertReadable("best legend", layout);
    }

    @Test
    void aLegendAvoidsALineJoiningFewSamples() throws Exception {
        PlotModel model = new PlotModel();
        SeriesBuffer steps = new SeriesBuffer(4); // a step-size schedule: few samples, long straight segments
        steps.add(0, 0.97);
        steps.add(N / 2.0, 0.97);
        steps.add(N / 2.0, 0.03);
        steps.add(N, 0.03);
        model.addSeries(steps, new SeriesStyle("step size", "used", PlotTheme.paletteColor(0), 1.5, LineDash.SOLID,
                true, false));
        model.yZoomProperty().set(new Range(0, 1));
        model.legendCornerProperty().set(Pos.TOP_LEFT);
        DrawnLayout layout = onFx(() -> draw(model, 900, 480).drawnLayout());
        Rectangle2D legend = layout.legends().get(0);
        assertThat(legend.getMinX()).as("away from the segment along the top left")
                .isGreaterThan(layout.dataArea().getMinX() + layout.dataArea().getWidth() / 2);
        DrawnLayoutChecks.assertReadable("legend beside a few samples", layout);
    }

    @Test
    void markerLabelsAndAnnotationsRepelEachOtherOrGiveWayToTheReadout() throws Exception {
        PlotModel model = lossOfFiveRuns();
        for (int r = 0; r < RUNS.length; r++) {
            model.getMarkers().add(new PlotMarker(N / 2, "decay", Color.GRAY)); // one per run, at one place
        }
        model.getMarkers().add(new PlotMarker(N / 2 + 50, "eta 0.100", Color.BLUE));
        model.getMarkers().add(new PlotMarker(N / 2 + 80, "eta 0.120", Color.BLUE));
        model.getMarkers().add(new PlotMarker(N / 2 + 100, "all diverged", Color.RED));
        model.getAnnotations().add(new PlotAnnotation(N / 2, 0.05, "loss stabilized at about 5e-2", Color.BLACK));
        model.getAnnotations().add(new PlotAnnotation(N / 2, 0.05, " step size decayed here", Color.BLACK));
        for (double[] size : SIZES) {
            DrawnLayout layout = onFx(() -> draw(model, size[0], size[1]).drawnLayout());
            DrawnLayoutChecks.assertReadable("notes at " + size[0] + "x" + size[1], layout);
            assertThat(layout.texts().stream().filter(t -> t.text().equals("decay")).count())
                    .as("one marker per place").isEqualTo(1);
            assertThat(layout.texts()).extracting(DrawnText::text).contains("loss stabilized at about 5e-2",
                    "step size decayed here");
        }
    }

    @Test
    void aLossAxisStopsAtAFloorAndTheUserCanWidenIt() throws Exception {
        PlotModel model = lossOfFiveRuns();
        model.yDecadesProperty().set(6);
        PlotView view = onFx(() -> draw(model, 560, 330));
        assertThat(view.shownYRange().min()).as("floor well above machine precision").isGreaterThan(1e-8);
        assertThat(view.drawnLayout().texts()).extracting(DrawnText::text).contains(PlotRenderer.FLOOR_NOTE);
        onFx(() -> {
            model.fullYRangeProperty().set(true);
            return view.redraw();
        });
        assertThat(view.shownYRange().min()).as("full range").isLessThan(1e-25);
        assertThat(view.drawnLayout().texts()).extracting(DrawnText::text).doesNotContain(PlotRenderer.FLOOR_NOTE);
    }

    @Test
    void aLinearAxisHasNoFloor() throws Exception {
        PlotModel model = new PlotModel();
        model.yDecadesProperty().set(6);
        SeriesBuffer s = new SeriesBuffer(N);
        for (int i = 0; i < N; i++) {
            s.add(i, Math.sin(i * 0.01) - 0.5); // below zero half the time
        }
        model.addSeries(s, SeriesStyle.line("sharpness", PlotTheme.paletteColor(0)));
        PlotView view = onFx(() -> draw(model, 560, 330));
        assertThat(view.shownYRange().min()).isLessThanOrEqualTo(-1.5);
        assertThat(view.drawnLayout().texts()).extracting(DrawnText::text).doesNotContain(PlotRenderer.FLOOR_NOTE);
    }

    @Test
    void runsNamedByAKeyElsewhereLeaveTheKindsInASmallLegend() throws Exception {
        PlotModel model = lossOfFiveRuns();
        model.namedElsewhereProperty().set(true);
        for (double[] size : SIZES) {
            DrawnLayout layout = onFx(() -> draw(model, size[0], size[1]).drawnLayout());
            DrawnLayoutChecks.assertReadable("loss named elsewhere at " + size[0] + "x" + size[1], layout);
            assertThat(layout.legends()).as("a legend of the kinds").hasSize(1);
            assertThat(layout.texts()).extracting(DrawnText::text).contains("train", "test").doesNotContain(RUNS);
        }
        model.getSeries().removeIf(e -> e.getStyle().kind().equals("test"));
        DrawnLayout oneKind = onFx(() -> draw(model, 560, 330).drawnLayout());
        assertThat(oneKind.legends()).as("one kind of curve needs no legend").isEmpty();
    }

    @Test
    void aVeryShortAxisLeavesOutTheTickLabelsThatWouldOverprint() throws Exception {
        PlotModel model = lossOfFiveRuns();
        model.yScaleProperty().set(AxisScale.LINEAR);
        model.yZoomProperty().set(new Range(0.2, 0.45));
        model.namedElsewhereProperty().set(true);
        model.titleProperty().set("Sparsity"); // short texts: only the ticks are in question
        model.yLabelProperty().set("");
        model.themeProperty().set(PlotTheme.PRESENTATION);
        DrawnLayout layout = onFx(() -> draw(model, 600, 150).drawnLayout());
        DrawnLayoutChecks.assertReadable("a 150 px high plot in presenter type", layout);
        assertThat(layout.texts()).extracting(DrawnText::text).as("a labelled tick").containsAnyOf("0.2", "0.3", "0.4");
    }

    @Test
    void theTitleKeepsClearOfItsCornerBesideItOrBelowIt() throws Exception {
        for (double width : new double[] {900, 420}) {
            PlotModel model = lossOfFiveRuns();
            model.namedElsewhereProperty().set(true);
            model.titleProperty().set("Sparsity: feature_sparsity_1");
            Rectangle2D corner = new Rectangle2D(width - 220, 0, 220, 34);
            model.titleCornerProperty().set(new Dimension2D(corner.getWidth(), corner.getHeight()));
            DrawnLayout layout = onFx(() -> draw(model, width, 330).drawnLayout());
            DrawnLayoutChecks.assertReadable("a title beside a chooser at width " + width, layout);
            DrawnText title = text(layout, "Sparsity: feature_sparsity_1");
            assertThat(title.box().intersects(corner)).as("the title over the corner at width %s", width).isFalse();
            assertThat(layout.dataArea().getMinY()).as("the data below the corner").isGreaterThanOrEqualTo(34);
        }
    }

    /** Five runs: GD runs converging to 1e-30 or bouncing, an SGD run bouncing, each with a test loss. */
    private static PlotModel lossOfFiveRuns() {
        PlotModel model = new PlotModel();
        model.titleProperty().set("Training loss (bouncing) and test loss");
        model.xLabelProperty().set("iteration");
        model.yLabelProperty().set("loss");
        model.yScaleProperty().set(AxisScale.LOG);
        for (int r = 0; r < RUNS.length; r++) {
            SeriesBuffer train = new SeriesBuffer(N);
            SeriesBuffer test = new SeriesBuffer(N);
            long convergesAt = r < 4 ? r * N / 4 + 100 : N;
            for (int i = 0; i < N; i++) {
                double bounce = 0.02 + 0.3 * Math.abs(Math.sin(i * 0.7 + r));
                train.add(i, i < convergesAt ? bounce : 1e-30);
                test.add(i, 0.4 + 0.05 * r);
            }
            model.addSeries(train, new SeriesStyle(RUNS[r], "train", PlotTheme.paletteColor(r), 1.5, LineDash.SOLID,
                    true, true));
            model.addSeries(test, new SeriesStyle(RUNS[r], "test", PlotTheme.paletteColor(r), 1.5, LineDash.DASHED,
                    true, false));
        }
        return model;
    }

    private static PlotView draw(PlotModel model, double w, double h) {
        PlotView view = new PlotView(model);
        view.resize(w, h);
        view.redraw();
        return view;
    }

    private static DrawnText text(DrawnLayout layout, String text) {
        return layout.texts().stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no text '" + text + "' in " + layout.texts()));
    }

    private static double centreY(Rectangle2D box) {
        return box.getMinY() + box.getHeight() / 2;
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }
}
