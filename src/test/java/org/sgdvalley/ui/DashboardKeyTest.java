package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sgdvalley.engine.run.ExperimentController;
import org.sgdvalley.engine.run.Run;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.base.DrawnLayout;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.PlotView;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard's one key of the runs: each run named once, whole, in the key above the plots, and no
 * plot naming a run itself; the sparsity chooser clear of its plot's title and data.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class DashboardKeyTest {

    /** The dashboard's share of a 1280 x 720 projector (the side panel takes the rest). */
    private static final double WIDTH = 900;
    private static final double HEIGHT = 620;

    @Test
    void eachRunIsNamedOnceWholeInTheKeyAndNoPlotNamesARun() throws Exception {
        for (PlotTheme theme : List.of(PlotTheme.LIGHT, PlotTheme.PRESENTATION)) {
            try (ExperimentController controller = started("diag-gd-vs-sgd")) {
                List<String> runs = controller.session().experiment().runs().stream().map(Run::label).toList();
                Dashboard dashboard = laidOut(controller, theme);
                String where = theme == PlotTheme.LIGHT ? "normal text" : "presenter text";
                for (PlotView plot : dashboard.views()) {
                    for (DrawnLayout.DrawnText t : plot.drawnLayout().texts()) {
                        assertThat(runs).as("%s in %s draws \"%s\"", plot.getId(), where, t.text())
                                .noneMatch(run -> t.text().contains(run));
                    }
                }
                Parent key = (Parent) dashboard.lookup("#dashboard-run-key");
                assertThat(key).as("the dashboard's key of the runs").isNotNull();
                List<String> shown = WaitForAsyncUtils.asyncFx(() -> key.getChildrenUnmodifiable().stream()
                        .map(DashboardKeyTest::displayed).toList()).get(30, TimeUnit.SECONDS);
                assertThat(shown).as("the key in %s: every run once, whole", where).containsExactlyElementsOf(runs);
                for (PlotView plot : dashboard.views()) {
                    assertThat(box(plot).getMinY()).as("%s below the key", plot.getId())
                            .isGreaterThanOrEqualTo(box(key).getMaxY());
                }
            }
        }
    }

    @Test
    void theSparsityChooserLeavesTheTitleAndTheDataClear() throws Exception {
        try (ExperimentController controller = started("relu-three-layer")) {
            Dashboard dashboard = laidOut(controller, PlotTheme.LIGHT);
            PlotView sparsity = dashboard.views().get(2);
            Node chooser = dashboard.lookup("#sparsity-metric");
            assertThat(chooser.isVisible()).as("a preset of several measures shows the chooser").isTrue();
            Bounds inPlot = sparsity.sceneToLocal(chooser.localToScene(chooser.getLayoutBounds()));
            DrawnLayout layout = sparsity.drawnLayout();
            assertThat(inPlot.getMaxY()).as("the chooser above the data area")
                    .isLessThanOrEqualTo(layout.dataArea().getMinY());
            for (DrawnLayout.DrawnText t : layout.texts()) {
                assertThat(t.box().intersects(inPlot.getMinX(), inPlot.getMinY(), inPlot.getWidth(),
                        inPlot.getHeight())).as("the chooser over \"%s\"", t.text()).isFalse();
            }
        }
    }

    private static ExperimentController started(String preset) throws InterruptedException {
        ExperimentController controller = new ExperimentController(PresetCatalog.bundled(preset));
        while (controller.status() == null) {
            Thread.sleep(5); // the controller builds its first experiment on its own thread
        }
        return controller;
    }

    /** A dashboard of the controller's session in {@code theme}, laid out and drawn at step 0. */
    private static Dashboard laidOut(ExperimentController controller, PlotTheme theme) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Dashboard d = new Dashboard();
            new Scene(d, WIDTH, HEIGHT);
            d.setTheme(theme);
            d.show(controller.session());
            for (int pass = 0; pass < 2; pass++) { // the chooser's size reaches its plot after one layout
                d.applyCss();
                d.layout();
                d.refresh(controller.status());
            }
            return d;
        }).get(30, TimeUnit.SECONDS);
    }

    /** The text a key entry shows (its skin's, which elides what does not fit). */
    private static String displayed(Node entry) {
        Label label = (Label) entry;
        return label.lookupAll(".text").stream().filter(n -> n instanceof Text && n.getParent() == label)
                .map(n -> ((Text) n).getText()).findFirst().orElse("");
    }

    private static Rectangle2D box(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        return new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
