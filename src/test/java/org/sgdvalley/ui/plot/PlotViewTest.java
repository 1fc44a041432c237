package org.sgdvalley.ui.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sgdvalley.export.PngExporter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PlotViewTest {

    private static final int WIDTH = 420;
    private static final int HEIGHT = 260;

    private PlotModel model;
    private PlotView view;
    private SeriesBuffer loss;

    @Start
    void start(Stage stage) {
        model = new PlotModel();
        model.titleProperty().set("Train loss");
        model.xLabelProperty().set("iteration");
        model.yLabelProperty().set("loss");
        model.yScaleProperty().set(AxisScale.LOG);
        loss = new SeriesBuffer(10_000);
        SeriesBuffer floor = new SeriesBuffer(10_000);
        SeriesBuffer stepSize = new SeriesBuffer(3);
        for (int i = 0; i < 10_000; i++) {
            loss.add(i, 0.05 + 0.04 * Math.abs(Math.sin(i * 0.3)) + (i % 997 == 0 ? 1 : 0));
            floor.add(i, 0.05 * Math.exp(-i / 4000.0));
        }
        stepSize.add(0, 0.25);
        stepSize.add(5000, 0.1);
        stepSize.add(9999, 0.1);
        model.addSeries(loss, SeriesStyle.envelope("SGD eta=0.25", PlotTheme.paletteColor(0)));
        model.addSeries(floor, SeriesStyle.line("valley floor", PlotTheme.paletteColor(1)));
        model.addSeries(stepSize, new SeriesStyle("step size", PlotTheme.paletteColor(2), 2, true, true, false));
        model.getMarkers().add(new PlotMarker(5000, "decay", Color.GRAY));
        model.getAnnotations().add(new PlotAnnotation(200, 0.5, "spikes", Color.BLACK));
        model.bandProperty().set(new PlotBand(floor, loss, Color.rgb(0, 0, 0, 0.08)));
        view = new PlotView(model);
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.show();
    }

    @Test
    void redrawsOnlyWhenSomethingChanged() throws Exception {
        assertThat(onFx(() -> view.redraw())).isFalse();
        loss.add(10_000, 0.07);
        assertThat(onFx(() -> view.redraw())).isTrue();
        assertThat(onFx(() -> view.redraw())).isFalse();
        long drawn = view.drawCount();
        onFx(() -> {
            model.themeProperty().set(PlotTheme.DARK);
            return null;
        });
        // drawn by the layout pass or by the call, whichever comes first
        onFx(() -> view.redraw());
        assertThat(view.drawCount()).isGreaterThan(drawn);
    }

    @Test
    void snapshotAtScaleTwoWritesPngWithMetadata(@TempDir Path dir) throws Exception {
        WritableImage image = onFx(() -> PngExporter.snapshot(view, 2));
        Map<String, String> metadata = Map.of("preset", "diag-sgd-decay", "seeds", "data=0 sgd=1",
                "step sizes", "0:0.25;5000:0.1");
        Path file = dir.resolve("plot.png");
        PngExporter.write(image, metadata, file, false);

        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(2 * WIDTH);
        assertThat(read.getHeight()).isEqualTo(2 * HEIGHT);
        assertThat(PngExporter.readMetadata(file)).isEqualTo(metadata);
        assertThat(distinctColours(read)).as("a drawn plot, not a blank image").isGreaterThan(20);
    }

    @Test
    void clickingALegendRowTogglesItsSeries(FxRobot robot) {
        Point2D row = onScreen(view.legendBounds(1));
        robot.clickOn(row, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSeries().get(1).getStyle().visible()).isFalse();
        assertThat(model.getSeries().get(0).getStyle().visible()).isTrue();
        robot.clickOn(row, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSeries().get(1).getStyle().visible()).isTrue();
    }

    @Test
    void aCurveWithNothingToDrawGetsNoLegendRowUntilItHas() throws Exception {
        SeriesBuffer zeroFloor = new SeriesBuffer(10);
        onFx(() -> {
            model.addSeries(zeroFloor, SeriesStyle.line("floor at 0", PlotTheme.paletteColor(3)));
            return view.redraw();
        });
        assertThat(view.legendBounds(2)).as("the third row, step size").isNotNull();
        assertThat(view.legendBounds(3)).as("no row for an empty curve").isNull();
        zeroFloor.add(100, 0.04);
        onFx(() -> view.redraw());
        assertThat(view.legendBounds(3)).as("its row once it has a point").isNotNull();
    }

    @Test
    void aRunsRowHidesItsCurvesThatHaveNothingToDrawYet(FxRobot robot) throws Exception {
        SeriesBuffer test = new SeriesBuffer(10);
        onFx(() -> {
            model.addSeries(test, SeriesStyle.line("SGD eta=0.25", PlotTheme.paletteColor(0)));
            return view.redraw();
        });
        robot.clickOn(onScreen(view.legendBounds(0)), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getSeries().get(3).getStyle().visible()).as("the run's empty curve, hidden with it").isFalse();
    }

    @Test
    void dragZoomsAndDoubleClickResets(FxRobot robot) {
        Point2D from = view.localToScreen(WIDTH * 0.3, HEIGHT * 0.5);
        Point2D to = view.localToScreen(WIDTH * 0.5, HEIGHT * 0.7);
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        Range zoomed = model.xZoomProperty().get();
        assertThat(zoomed).isNotNull();
        assertThat(zoomed.max() - zoomed.min()).isLessThan(5000);
        assertThat(model.yZoomProperty().get()).isNotNull();
        robot.doubleClickOn(view.localToScreen(WIDTH * 0.4, HEIGHT * 0.6), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.xZoomProperty().get()).isNull();
        assertThat(model.yZoomProperty().get()).isNull();
    }

    @Test
    void scrollZoomsXAroundTheMouseAndBack(FxRobot robot) {
        robot.moveTo(view.localToScreen(WIDTH * 0.5, HEIGHT * 0.5));
        robot.scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        Range zoomed = model.xZoomProperty().get();
        assertThat(zoomed).isNotNull();
        assertThat(zoomed.max() - zoomed.min()).isNotCloseTo(10_000, within(1.0));
        assertThat(model.yZoomProperty().get()).isNull();
        robot.scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        Range back = model.xZoomProperty().get();
        assertThat(back.min()).isCloseTo(0, within(1e-6));
        assertThat(back.max()).isCloseTo(10_000, within(1e-6));
    }

    @Test
    void hoverDrawsAReadoutWithoutRedrawingTheData(FxRobot robot, @TempDir Path dir) throws Exception {
        WritableImage before = onFx(() -> PngExporter.snapshot(view, 1));
        robot.moveTo(view.localToScreen(WIDTH * 0.35, HEIGHT * 0.6));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> view.redraw())).isFalse();
        WritableImage after = onFx(() -> PngExporter.snapshot(view, 1));
        PngExporter.write(after, Map.of(), dir.resolve("hover.png"), false);
        assertThat(differingPixels(before, after)).isGreaterThan(200);
    }

    @Test
    void hoverReadoutCanBeSwitchedOff(FxRobot robot) throws Exception {
        onFx(() -> {
            view.hoverReadoutProperty().set(false);
            return null;
        });
        WritableImage before = onFx(() -> PngExporter.snapshot(view, 1));
        robot.moveTo(view.localToScreen(WIDTH * 0.35, HEIGHT * 0.6));
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage after = onFx(() -> PngExporter.snapshot(view, 1));
        assertThat(differingPixels(before, after)).as("no pop-up over the data").isZero();
        onFx(() -> {
            view.hoverReadoutProperty().set(true);
            return null;
        });
        WritableImage on = onFx(() -> PngExporter.snapshot(view, 1));
        assertThat(differingPixels(before, on)).as("the readout is back").isGreaterThan(200);
    }

    @Test
    void aSingleSampleShowsAsADot() throws Exception {
        PlotModel single = new PlotModel();
        SeriesBuffer start = new SeriesBuffer(1);
        start.add(0, 0.5);
        single.xZoomProperty().set(new Range(-10, 100));
        single.addSeries(start, SeriesStyle.line("train", Color.RED));
        WritableImage image = onFx(() -> {
            PlotView v = new PlotView(single);
            v.resize(WIDTH, HEIGHT);
            v.redraw();
            return PngExporter.snapshot(v, 1);
        });
        int red = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH / 2; x++) { // the sample; its label is beside the data, on the right
                Color c = image.getPixelReader().getColor(x, y);
                red += c.getRed() > 0.8 && c.getGreen() < 0.3 && c.getBlue() < 0.3 ? 1 : 0;
            }
        }
        assertThat(red).as("red pixels of the one sample (the loss at step 0)").isGreaterThanOrEqualTo(12);
    }

    @Test
    void logXAndPresentationThemeDraw() throws Exception {
        long drawn = view.drawCount();
        onFx(() -> {
            model.xScaleProperty().set(AxisScale.LOG);
            model.themeProperty().set(PlotTheme.PRESENTATION);
            return null;
        });
        onFx(() -> view.redraw());
        assertThat(view.drawCount()).isGreaterThan(drawn);
        WritableImage image = onFx(() -> PngExporter.snapshot(view, 1));
        assertThat((int) image.getWidth()).isEqualTo(WIDTH);
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        int n = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    private Point2D onScreen(Rectangle2D box) {
        assertThat(box).as("legend row drawn").isNotNull();
        return view.localToScreen(box.getMinX() + box.getWidth() / 2, box.getMinY() + box.getHeight() / 2);
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
