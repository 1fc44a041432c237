package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.sweep.SweepGrid;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.sweep.HeatMapView;
import org.sgdvalley.ui.sweep.SweepView;
import org.testfx.api.FxRobot;

/** The Sweep tab of the real window, driven headless: cells fill in, hover reads them, a click opens one as A/B. */
class SweepTabTest extends WindowTest {
    @Override
    protected String preset() {
        return "toy-quadratic";
    }

    @Test
    void cellsFillInHoverReadsThemAndAClickOpensTheRunAsAB(FxRobot robot) {
        robot.clickOn("Sweep");
        HeatMapView map = robot.lookup("#sweep-map").queryAs(HeatMapView.class);
        robot.interact(() -> {
            robot.lookup("#sweep-x-range").queryAs(TextField.class).setText("0.9 : 2.4 : 6");
            robot.lookup("#sweep-y-range").queryAs(TextField.class).setText("0.2 : 0.8 : 3");
        });
        assertThat(robot.lookup("#sweep-run").queryComboBox().getValue()).isEqualTo(2); // "eta=1.02, halved at 50%"
        robot.clickOn("#sweep-start");
        var sweepVm = ((SweepView) robot.lookup("#sweep-view").query()).viewModel();
        await("a sweep started", () -> sweepVm.grid() != null);
        SweepGrid grid = sweepVm.grid();
        await("every cell finished", () -> !sweepVm.runningProperty().get() && grid.finished() == 18);
        assertThat(robot.lookup("#sweep-progress").queryAs(Label.class).getText()).startsWith("18 of 18 runs done");
        await("the map drawn with the cell's colour", () -> {
            int argb = pixel(robot, map, 0, 0);
            return argb != 0xffffffff && argb != argb(PlotTheme.LIGHT.grid());
        });
        assertThat(grid.diverged(5, 0)).as("the toy diverges at 2.4").isTrue();
        assertThat(grid.diverged(0, 0)).as("and not at 0.9").isFalse();

        Point2D cell = onFx(() -> map.localToScreen(centre(map, 1, 2)));
        robot.moveTo(cell);
        await("hover readout", () -> robot.lookup("#sweep-readout").queryAs(Label.class).getText()
                .startsWith("step size \u03b7 = 1.2, decay at (fraction of training) = 0.8:"));
        robot.clickOn(cell);
        await("the A/B comparison is on the dashboard", () -> vm.presetProperty().get().name()
                .equals("toy-quadratic (A/B)") && view.selectedView() == 0);
        ExperimentSpec ab = vm.presetProperty().get();
        assertThat(ab.runs()).extracting(r -> r.label()).containsExactly("A: step_size=1.2, decay_at=0.8",
                "B: eta=1.02, halved at 50%");
        assertThat(ab.runs().get(0).schedule().stepSize()).isCloseTo(1.2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(ab.runs().get(0).schedule().decays().get(0).fraction()).isEqualTo(0.8);
        assertThat(ab.runs().get(1).schedule()).isEqualTo(PresetCatalog.bundled("toy-quadratic").runs().get(2).schedule());
        // the toy's 10,001 steps may all be done before the first look: both sides moved, whether or not still playing
        await("both sides play", () -> vm.statusProperty().get().runs().stream().allMatch(r -> r.iteration() > 0));
    }

    private static int argb(Color c) {
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(work).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    /** The middle of grid point (i, j) in the map's coordinates. */
    private static Point2D centre(HeatMapView map, int i, int j) {
        double x0 = Double.NaN;
        double x1 = Double.NaN;
        double y0 = Double.NaN;
        double y1 = Double.NaN;
        for (double y = 0; y < map.getHeight(); y += 2) {
            for (double x = 0; x < map.getWidth(); x += 2) {
                int[] p = map.pointAt(x, y);
                if (p != null && p[0] == i && p[1] == j) {
                    x0 = Double.isNaN(x0) ? x : Math.min(x0, x);
                    x1 = Double.isNaN(x1) ? x : Math.max(x1, x);
                    y0 = Double.isNaN(y0) ? y : Math.min(y0, y);
                    y1 = Double.isNaN(y1) ? y : Math.max(y1, y);
                }
            }
        }
        if (Double.isNaN(x0)) {
            throw new AssertionError("no cell " + i + ", " + j + " on the map");
        }
        return new Point2D((x0 + x1) / 2, (y0 + y1) / 2);
    }

    private static int pixel(FxRobot robot, HeatMapView map, int i, int j) {
        return onFx(() -> {
            Point2D at = centre(map, i, j);
            WritableImage image = map.snapshot(null, null);
            return image.getPixelReader().getArgb((int) at.getX(), (int) at.getY());
        });
    }
}
