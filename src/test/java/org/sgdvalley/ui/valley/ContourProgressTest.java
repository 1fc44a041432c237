package org.sgdvalley.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sgdvalley.ui.base.DrawnLayout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** While the landscape is computed, its panel says so once, above the progress bar, not twice. */
@Timeout(60)
class ContourProgressTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit the window tests share
    }

    @Test
    void theComputingMessageIsShownOnceWhileTheBarRunsAndOnTheCanvasOnceItWaits() throws Exception {
        List<Integer> copies = WaitForAsyncUtils.asyncFx(() -> {
            ContourView view = new ContourView();
            new Scene(new Group(view), 400, 300);
            view.resize(400, 300);
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
