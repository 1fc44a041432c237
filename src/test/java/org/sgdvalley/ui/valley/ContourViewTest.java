package org.sgdvalley.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.landscape.LandscapeGrid;
import org.sgdvalley.engine.landscape.LandscapePlane;
import org.sgdvalley.ui.base.DrawnLayout;
import org.sgdvalley.ui.plot.PlotTheme;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While the landscape is computed, its panel says so once, above the progress bar, not twice; at twice
 * the type in the presenter view's cell the map keeps a third of the cell.
 */
class ContourViewTest extends CanvasCellTest {
    @Test
    void theComputingMessageIsShownOnceWhileTheBarRunsAndOnTheCanvasOnceItWaits() throws Exception {
        List<Integer> copies = WaitForAsyncUtils.asyncFx(() -> {
            ContourView view = sized(new ContourView(), 400, 300);
            view.setMessage(ValleyViewModel.COMPUTING);
            view.setProgress(0.3);
            view.layout();
            view.redraw();
            List<Integer> counts = new ArrayList<>();
            counts.add(shown(view, ValleyViewModel.COMPUTING));
            view.setMessage(ValleyViewModel.WAITING_FOR_PLANE);
            view.setProgress(Double.NaN);
            view.layout();
            view.redraw();
            counts.add(shown(view, ValleyViewModel.WAITING_FOR_PLANE));
            return counts;
        }).get(30, TimeUnit.SECONDS);
        assertThat(copies).containsExactly(1, 1);
    }

    @Test
    void atTwiceTheTypeInAPresenterCellTheMapKeepsAThirdOfTheCell() throws Exception {
        double w = 610;
        double h = 300;
        Rectangle2D area = WaitForAsyncUtils.asyncFx(() -> {
            ContourView view = sized(new ContourView(), w, h);
            view.setTheme(PlotTheme.PRESENTATION);
            double[] values = new double[25];
            for (int k = 0; k < values.length; k++) {
                values[k] = Math.pow(10, -k / 4.0);
            }
            LandscapePlane plane = LandscapePlane.diagonal(new double[] {0.1, 0.1, 0.1, 0.1}, new double[] {1, 0},
                    new double[] {0.5, 0.2, 0.5, 0.2});
            view.setGrid(new LandscapeGrid(plane, -0.5, 2.5, -0.5, 2.5, 5, 5, 100, values));
            view.layout();
            view.redraw();
            long barNames = view.drawnLayout().texts().stream().filter(t -> t.text().contains("loss")).count();
            assertThat(barNames).as("the colour bar named in one column").isEqualTo(1);
            return view.drawnLayout().dataArea();
        }).get(30, TimeUnit.SECONDS);
        assertThat(area.getWidth()).as(area.toString()).isGreaterThanOrEqualTo(w / 3);
        assertThat(area.getHeight()).as(area.toString()).isGreaterThanOrEqualTo(h / 3);
    }

    /** How many times {@code text}'s first words appear: drawn on the canvas or in a visible label. */
    private static int shown(ContourView view, String text) {
        String start = text.substring(0, Math.min(12, text.length()));
        int n = 0;
        for (DrawnLayout.DrawnText t : view.drawnLayout().texts()) {
            n += t.text().startsWith(start) ? 1 : 0;
        }
        for (Node label : view.lookupAll(".label")) {
            n += ((Label) label).getText().startsWith(start) && visible(label) ? 1 : 0;
        }
        return n;
    }

    private static boolean visible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
