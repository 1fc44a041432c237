package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.ExperimentController;
import org.sgdvalley.export.PngExporter;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.plot.PlotEntry;
import org.sgdvalley.ui.plot.PlotView;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard's plots before the first step: the initial losses and the planned schedule show. */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class SessionPlotsTest {

    @Test
    void plotsAreNotEmptyAtStepZero() throws Exception {
        try (ExperimentController controller = new ExperimentController(PresetCatalog.bundled("diag-gd-vs-sgd"))) {
            while (controller.status() == null) {
                Thread.sleep(5); // the controller builds its first experiment on its own thread
            }
            ControllerStatus status = controller.status();
            assertThat(status.runs().get(0).iteration()).isZero();
            SessionPlots plots = new SessionPlots();
            WritableImage loss = WaitForAsyncUtils.asyncFx(() -> {
                plots.show(controller.session());
                plots.refresh(status);
                return draw(plots.loss().getSeries().isEmpty() ? null : new PlotView(plots.loss()));
            }).get(30, TimeUnit.SECONDS);
            for (PlotEntry e : plots.stepSize().getSeries()) {
                assertThat(e.series().count()).as("used and planned step sizes from step 0").isPositive();
            }
            assertThat(coloured(loss, 0, 40)).as("the initial losses, whole at the start of the axis")
                    .isGreaterThan(40);
        }
    }

    private static WritableImage draw(PlotView view) {
        view.resize(520, 320);
        view.redraw();
        Rectangle2D area = view.drawnLayout().dataArea();
        WritableImage all = PngExporter.snapshot(view, 1);
        return new WritableImage(all.getPixelReader(), (int) area.getMinX() + 2, (int) area.getMinY(),
                (int) area.getWidth() - 4, (int) area.getHeight() - 2);
    }

    /** Pixels of a saturated colour (a curve, not text, grid or background) in columns {@code from..to-1}. */
    private static int coloured(WritableImage image, int from, int to) {
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = from; x < to; x++) {
                Color c = image.getPixelReader().getColor(x, y);
                n += c.getSaturation() > 0.3 && c.getBrightness() > 0.3 ? 1 : 0;
            }
        }
        return n;
    }
}
