package org.sgdvalley.ui.valley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.WindowTest;
import org.sgdvalley.ui.base.DrawnLayout;
import org.sgdvalley.ui.plot.PlotEntry;
import org.sgdvalley.ui.plot.PlotTheme;
import org.sgdvalley.ui.plot.PlotView;
import org.testfx.api.FxRobot;

/**
 * The Valley tab of every preset at 1280 x 720: the panels that preset teaches with, each whole, their
 * titles drawn in full; a 2 / eta line per run in its colour; the theme's font size honoured, still whole.
 */
class ValleyLayoutTest extends WindowTest {
    private static final List<String> TOY_ONLY = List.of("#valley-bifurcation", "#valley-theta");


    @Override
    protected String preset() {
        return "toy-quadratic";
    }

    @Override
    protected String startView() {
        return "valley";
    }

    private void open(FxRobot robot, String preset) {
        long before = vm.statusProperty().get().generation();
        if (!preset.equals(vm.presetProperty().get().name())) {
            robot.interact(() -> vm.presetProperty().set(PresetCatalog.bundled(preset)));
            await(preset + " built", () -> vm.statusProperty().get().generation() != before);
        }
        await(preset + " drawn", () -> view.valley().viewModel().generation() == vm.statusProperty().get().generation()
                && view.valley().shown().stream().allMatch(ValleyLayoutTest::drawnWhole));
    }

    /** Whether the node has been laid out and, when it draws on a canvas, drawn at that size. */
    private static boolean drawnWhole(Node n) {
        if (n.getScene() == null || n.getLayoutBounds().getWidth() < 10) {
            return false;
        }
        if (n instanceof DrawnLayout.Source source) {
            DrawnLayout layout = source.drawnLayout();
            return !layout.texts().isEmpty()
                    && layout.texts().stream().allMatch(t -> t.box().getMaxX() > 0);
        }
        return true;
    }

    private static String allText(DrawnLayout layout) {
        return String.join(" ", layout.texts().stream().map(DrawnLayout.DrawnText::text).toList());
    }

    private void assertWhole(FxRobot robot, String preset) {
        Bounds tab = view.valley().localToScene(view.valley().getLayoutBounds());
        for (Node n : view.valley().shown()) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertThat(b.getMinX()).as(preset + " " + n.getId() + " inside the tab").isGreaterThanOrEqualTo(tab.getMinX() - 0.5);
            assertThat(b.getMaxX()).as(preset + " " + n.getId()).isLessThanOrEqualTo(tab.getMaxX() + 0.5);
            // below the tab's bottom only when the tab scrolls to it, its panels kept whole
            Bounds content = n.getParent().localToScene(n.getParent().getLayoutBounds());
            assertThat(b.getMaxY()).as(preset + " " + n.getId()).isLessThanOrEqualTo(content.getMaxY() + 0.5);
            if (n instanceof DrawnLayout.Source source) {
                Rectangle2D canvas = new Rectangle2D(-0.5, -0.5, b.getWidth() + 1, b.getHeight() + 1);
                for (DrawnLayout.DrawnText t : source.drawnLayout().texts()) {
                    assertThat(t.shortened()).as(preset + " " + t.text()).isFalse();
                    assertThat(canvas.contains(t.box())).as(preset + " " + n.getId() + ": \"" + t.text() + "\" at "
                            + t.box() + " inside " + canvas).isTrue();
                }
            }
        }
    }

    @Test
    void everyPresetShowsItsOwnPanelsWholeWithTitlesInFull(FxRobot robot) {
        open(robot, "toy-quadratic");
        assertThat(robot.lookup("#valley-contours").tryQuery()).as("the toy's empty landscape").isEmpty();
        for (String id : TOY_ONLY) {
            assertThat(robot.lookup(id).tryQuery()).as(id).isPresent();
        }
        assertWhole(robot, "toy-quadratic");
        var bifurcation = robot.lookup("#valley-bifurcation").queryAs(BifurcationView.class).drawnLayout();
        assertThat(allText(bifurcation)).contains("Toy: where GD settles");
        var cross = robot.lookup("#valley-cross-section").queryAs(CrossSectionView.class).drawnLayout();
        assertThat(allText(cross)).contains("Loss along the sharpest direction");
        List<String> others = new ArrayList<>(PresetCatalog.names());
        others.remove("toy-quadratic");
        others.remove("diag-valley-2d");
        others.add("diag-valley-2d"); // last: its landscape is awaited below
        for (String preset : others) {
            open(robot, preset);
            for (String id : TOY_ONLY) {
                assertThat(robot.lookup(id).tryQuery()).as(preset + " " + id).isEmpty();
            }
            assertThat(robot.lookup("#valley-contours").tryQuery()).as(preset).isPresent();
            assertWhole(robot, preset);
            if (preset.equals("diag-gd-vs-sgd")) {
                assertA2OverEtaLinePerRunInsideTheAxis(robot);
            }
        }
        await("the landscape of diag-valley-2d", () -> view.valley().landscapeShown()
                && allText(robot.lookup("#valley-contours").queryAs(ContourView.class).drawnLayout())
                        .contains("Loss landscape (log colour) and the runs' paths"));
        assertWhole(robot, "diag-valley-2d");
    }

    @Test
    void theTabFollowsTheThemesFontSize(FxRobot robot) {
        open(robot, "diag-valley-2d");
        CrossSectionView cross = robot.lookup("#valley-cross-section").queryAs(CrossSectionView.class);
        double normal = tickHeight(cross.drawnLayout());
        double readout = robot.lookup("#edge-readout").queryAs(Label.class).getFont().getSize();
        PlotTheme presenter = new PlotTheme(PlotTheme.LIGHT.background(), PlotTheme.LIGHT.foreground(),
                PlotTheme.LIGHT.grid(), 2, 2);
        robot.interact(() -> view.valley().setTheme(presenter));
        await("ticks redrawn at twice the size", () -> tickHeight(cross.drawnLayout()) >= 1.9 * normal);
        await("every panel redrawn", () -> view.valley().shown().stream().allMatch(ValleyLayoutTest::drawnWhole));
        assertWhole(robot, "diag-valley-2d at twice the type");
        assertThat(robot.lookup("#edge-readout").queryAs(Label.class).getFont().getSize())
                .isGreaterThanOrEqualTo(1.9 * readout);
        PlotView sharpness = robot.lookup("#valley-sharpness").queryAs(PlotView.class);
        assertThat(sharpness.getModel().themeProperty().get().fontScale()).isEqualTo(2);
    }

    /** On diag-gd-vs-sgd: GD's sharpness near its own 2 / eta must be visible, so every run has its line. */
    private void assertA2OverEtaLinePerRunInsideTheAxis(FxRobot robot) {
        PlotView sharpness = robot.lookup("#valley-sharpness").queryAs(PlotView.class);
        var runs = vm.statusProperty().get().runs();
        await("2 / eta lines drawn", () -> view.valley().viewModel().twoOverEtaLevels().length == runs.size()
                && Arrays.stream(view.valley().viewModel().twoOverEtaLevels()).allMatch(Double::isFinite));
        List<PlotEntry> dashed = sharpness.getModel().getSeries().stream().filter(e -> e.getStyle().dashed()).toList();
        assertThat(dashed).hasSize(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            assertThat(dashed.get(i).getStyle().color()).isEqualTo(PlotTheme.paletteColor(i));
            double level = 2 / runs.get(i).stepSize();
            assertThat(dashed.get(i).series().last()[0]).as("run %d", i).isCloseTo(level, within(1e-9 * level));
            double lvl = level;
            await("run " + i + "'s 2 / eta inside the axis", () -> sharpness.shownYRange().min() <= lvl && lvl <= sharpness.shownYRange().max());
        }
    }

    /** The height of the first tick label (a short number) drawn, 0 when none is. */
    private static double tickHeight(DrawnLayout layout) {
        return layout.texts().stream().filter(t -> t.text().matches("-?[0-9.e-]+")).findFirst()
                .map(t -> t.box().getHeight()).orElse(0.0);
    }
}
