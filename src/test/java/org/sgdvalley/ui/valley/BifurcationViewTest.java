package org.sgdvalley.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.sgdvalley.ui.base.DrawnLayout;
import org.testfx.util.WaitForAsyncUtils;

/** The bifurcation diagram's current step size is named apart from the regions' names, wherever it lies. */
class BifurcationViewTest extends CanvasCellTest {
    /** The panel in the Valley tab of a 1280 x 720 window. */
    private static final double WIDTH = 310;
    private static final double HEIGHT = 235;

    @Test
    void theStepSizeLabelLiesOverNoOtherTextAnywhereOnTheDiagram() throws Exception {
        List<String> overlaps = WaitForAsyncUtils.asyncFx(() -> {
            BifurcationView view = sized(new BifurcationView(), WIDTH, HEIGHT);
            view.layout();
            List<String> found = new ArrayList<>();
            // left of the diagram, across it and right of it
            for (double eta = 0.3; eta <= 1.8; eta += 0.03) {
                view.mark(eta, 0.9, 1.1);
                view.redraw();
                found.addAll(overlaps(view.drawnLayout(), eta));
            }
            return found;
        }).get(30, TimeUnit.SECONDS);
        assertThat(overlaps).isEmpty();
    }

    private static List<String> overlaps(DrawnLayout layout, double eta) {
        List<String> found = new ArrayList<>();
        List<DrawnLayout.DrawnText> texts = layout.texts();
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (inset(texts.get(i).box()).intersects(inset(texts.get(j).box()))) {
                    found.add(String.format("eta %.2f: '%s' over '%s'", eta, texts.get(i).text(), texts.get(j).text()));
                }
            }
        }
        return found;
    }

    /** The box less a pixel on each side: touching is not lying over. */
    private static Rectangle2D inset(Rectangle2D r) {
        return new Rectangle2D(r.getMinX() + 1, r.getMinY() + 1, Math.max(0, r.getWidth() - 2),
                Math.max(0, r.getHeight() - 2));
    }
}
