package org.sgdvalley.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.sgdvalley.export.PngExporter;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.WindowTest;
import org.sgdvalley.ui.base.DrawnLayout;
import org.sgdvalley.ui.plot.PlotView;
import org.testfx.api.FxRobot;

/** Presenter view at 1280 x 720, on the preset with the longest "what to look for". */
class PresenterViewTest extends WindowTest {
    /** JavaFX keeps a font size to a tenth of a pixel: 1.25em of 13 px reads 16.3, of 26 px 32.5. */
    private static final double ROUNDING = 0.11;

    @Override
    protected String preset() {
        return "relu-teacher-student";
    }


    /**
     * Presenter view on a 1280 x 720 screen: full screen fills the test's larger virtual screen, so the
     * window is given the projector's size instead.
     */
    private void presenterAt720p(FxRobot robot) {
        robot.type(KeyCode.F);
        robot.interact(() -> {
            // back to the scene's own 1280 x 720, without fixing the stage's size for the next test class
            Stage stage = (Stage) view.getScene().getWindow();
            stage.setFullScreen(false);
            stage.sizeToScene();
        });
        robot.interact(() -> { }); // one layout pass at that size
        assertThat(view.getScene().getHeight()).isEqualTo(720);
        assertThat(view.classroom().presenterProperty().get()).isTrue();
    }

    private Node tabs() {
        return view.getScene().lookup("#views");
    }

    @Test
    void theWhatToLookForStripIsWholeOnScreen(FxRobot robot) {
        presenterAt720p(robot);
        Label strip = (Label) view.getScene().lookup("#look-for-caption");
        assertThat(visible(strip)).isTrue();
        assertThat(strip.getText()).contains(vm.presetProperty().get().lookFor().strip());
        Bounds box = strip.localToScene(strip.getBoundsInLocal());
        assertThat(box.getMinY()).as("strip top").isGreaterThanOrEqualTo(0);
        assertThat(box.getMaxY()).as("strip bottom within the window").isLessThanOrEqualTo(view.getScene().getHeight() + 0.5);
        assertThat(box.getWidth()).isGreaterThan(view.getScene().getWidth() / 2);
        Text shown = (Text) strip.lookup(".text");
        assertThat(shown.getText()).as("not elided").isEqualTo(strip.getText());
        assertThat(strip.getHeight()).as("every line fits")
                .isGreaterThanOrEqualTo(strip.prefHeight(strip.getWidth()) - 0.5);
    }

    /**
     * Every text of the dashboard and the valley at least twice its own size outside presenter view (the
     * sizes differ: the window's text is 13 px, some labels are larger), wherever it sits; a text shown
     * only in presenter view at least twice the smallest normal one.
     */
    @Test
    void typeIsAtLeastTwiceTheNormalSizeOnTheDashboardAndTheValley(FxRobot robot) {
        double normalPlot = view.dashboard().plots().loss().themeProperty().get().fontSize();
        List<String> tabs = List.of("dashboard", "valley");
        Map<Labeled, Double> normal = new IdentityHashMap<>();
        for (String tab : tabs) {
            shownTexts(robot, tab).forEach(text -> normal.put(text, text.getFont().getSize()));
        }
        assertThat(normal).as("texts outside presenter view").isNotEmpty();
        double smallest = normal.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        presenterAt720p(robot);
        for (String tab : tabs) {
            for (Labeled text : shownTexts(robot, tab)) {
                assertThat(text.getFont().getSize()).as(tab + ": \"" + text.getText() + "\"")
                        .isGreaterThanOrEqualTo(2 * normal.getOrDefault(text, smallest) - ROUNDING);
            }
            Node content = ((TabPane) tabs()).getSelectionModel().getSelectedItem().getContent();
            List<PlotView> plots = descendants(content, PlotView.class);
            assertThat(plots).as(tab + " has plots").isNotEmpty();
            for (PlotView plot : plots) {
                if (visible(plot)) {
                    assertThat(plot.getModel().themeProperty().get().fontSize()).as(tab + " plot type")
                            .isGreaterThanOrEqualTo(2 * normalPlot);
                }
            }
        }
    }

    /** The texts on show in a tab, once it is selected and laid out. */
    private List<Labeled> shownTexts(FxRobot robot, String tab) {
        robot.interact(() -> view.selectView(tab));
        robot.interact(() -> { }); // one layout pass with the tab on show
        Node content = ((TabPane) tabs()).getSelectionModel().getSelectedItem().getContent();
        return descendants(content, Labeled.class).stream()
                .filter(text -> visible(text) && text.getText() != null && !text.getText().isEmpty()).toList();
    }

    /**
     * At 1280 x 720, with type at twice the size, every picture on the dashboard (plots and the model)
     * keeps a data area of at least a third of its cell's height and width, on a ReLU and a diagonal preset.
     */
    @Test
    void everyPictureKeepsADataAreaOfAThirdOfItsCell(FxRobot robot) {
        presenterAt720p(robot);
        robot.interact(() -> view.selectView("dashboard"));
        for (String preset : List.of("relu-teacher-student", "diag-sgd-decay")) {
            if (!preset.equals(vm.presetProperty().get().name())) {
                long before = vm.statusProperty().get().generation();
                robot.interact(() -> vm.presetProperty().set(PresetCatalog.bundled(preset)));
                await(preset + " built", () -> vm.statusProperty().get().generation() != before);
            }
            List<DrawnLayout.Source> pictures = descendants(view.dashboard(), DrawnLayout.Source.class).stream()
                    .filter(p -> visible((Node) p)).toList();
            assertThat(pictures).as(preset + ": plots and the model").hasSizeGreaterThanOrEqualTo(3);
            await(preset + " drawn at its presenter size", () -> pictures.stream().allMatch(p -> drawnAtSize(p)));
            for (DrawnLayout.Source p : pictures) {
                Bounds cell = ((Node) p).getLayoutBounds();
                Rectangle2D data = p.drawnLayout().dataArea();
                String what = preset + " " + ((Node) p).getId() + ": data " + data + " in " + cell;
                assertThat(data.getHeight()).as(what).isGreaterThanOrEqualTo(cell.getHeight() / 3);
                assertThat(data.getWidth()).as(what).isGreaterThanOrEqualTo(cell.getWidth() / 3);
            }
        }
    }

    /** Whether a picture has drawn its data area inside its present bounds, with type at presenter size. */
    private static boolean drawnAtSize(DrawnLayout.Source p) {
        Rectangle2D data = p.drawnLayout().dataArea();
        Bounds cell = ((Node) p).getLayoutBounds();
        return data.getWidth() > 0 && data.getMaxX() <= cell.getWidth() + 0.5 && data.getMaxY() <= cell.getHeight() + 0.5
                && !p.drawnLayout().texts().isEmpty();
    }

    @Test
    void keysSwitchTheTabsInPresenterViewAndOut(FxRobot robot) {
        for (boolean presenter : List.of(false, true)) {
            if (presenter) {
                presenterAt720p(robot);
            }
            robot.type(KeyCode.V);
            assertThat(view.selectedView()).as("V: the Valley").isEqualTo(1);
            robot.type(KeyCode.W);
            assertThat(view.selectedView()).as("W: the sweep").isEqualTo(2);
            robot.type(KeyCode.D);
            assertThat(view.selectedView()).as("D: the Dashboard").isZero();
        }
        assertThat(view.classroom().presenterProperty().get()).isTrue();
        assertThat(ShortcutHelp.ENTRIES).anyMatch(e -> e.keys().equals("D / V / W"));
    }

    @Test
    void nothingPopsUpUnderTheMouseInPresenterView(FxRobot robot) {
        assertThat(tooltipsUnder(tabs())).as("definitions as tooltips outside presenter view").isNotEmpty();
        presenterAt720p(robot);
        for (String tab : List.of("dashboard", "valley")) {
            robot.interact(() -> view.selectView(tab));
            assertThat(tooltipsUnder(tabs())).as(tab).isEmpty();
            assertThat(descendants(tabs(), PlotView.class)).as(tab + ": no hover readout")
                    .allMatch(p -> !p.hoverReadoutProperty().get());
        }
        robot.type(KeyCode.F);
        assertThat(tooltipsUnder(tabs())).as("back after presenter view").isNotEmpty();
        assertThat(descendants(tabs(), PlotView.class)).allMatch(p -> p.hoverReadoutProperty().get());
    }

    @Test
    void theControlsOverlayNeverCoversTheTabs(FxRobot robot) {
        presenterAt720p(robot);
        Node chooser = view.getScene().lookup("#sparsity-metric");
        assertThat(chooser.getOpacity()).as("no control over the plots while the controls are folded").isZero();
        robot.type(KeyCode.C);
        assertThat(chooser.getOpacity()).as("back with the controls").isEqualTo(1);
        Node overlay = view.getScene().lookup("#controls-overlay");
        assertThat(overlay.isVisible()).isTrue();
        robot.interact(() -> { });
        Bounds controls = overlay.localToScene(overlay.getBoundsInLocal());
        Node headers = tabs().lookup(".tab-header-area");
        Bounds tabHeaders = headers.localToScene(headers.getBoundsInLocal());
        assertThat(controls.getHeight()).isPositive();
        assertThat(controls.getMaxY()).as(controls + " over the tabs " + tabHeaders)
                .isLessThanOrEqualTo(tabHeaders.getMinY());
        assertThat(tabHeaders.getMaxY()).as("tabs still on screen").isLessThan(view.getScene().getHeight() / 2);
    }

    @Test
    void theTabRowAndTheValleysControlsFoldAwayLeavingNoEmptyRow(FxRobot robot) {
        presenterAt720p(robot);
        robot.interact(() -> view.selectView("valley"));
        robot.interact(() -> { });
        Node tabRow = tabs().lookup(".tab-header-area");
        assertThat(tabRow.isVisible()).as("the tab row folded away").isFalse();
        assertThat(view.getScene().lookup("#find-edge")).as("the edge search folded away").isNull();
        Region readout = (Region) view.getScene().lookup("#edge-readout");
        Region bar = (Region) readout.getParent();
        assertThat(bar.getHeight()).as("one row, the readout's").isLessThan(2 * readout.getHeight());
        robot.type(KeyCode.C);
        assertThat(tabRow.isVisible()).as("the tabs back with the controls").isTrue();
        assertThat(view.getScene().lookup("#find-edge")).as("and the edge search").isNotNull();
        robot.type(KeyCode.C);
        robot.type(KeyCode.F);
        List<Label> words = descendants(view.valley(), Label.class).stream()
                .filter(l -> List.of("Jump to", "of the edge").contains(l.getText())).toList();
        assertThat(words).as("back after presenter view, whole").hasSize(2).allMatch(l -> l.getOpacity() == 1);
        assertThat(tabRow.isVisible()).isTrue();
    }

    @Test
    void theValleyShowsWholeRowsOfPanelsWhenTheyCannotAllFit(FxRobot robot) {
        presenterAt720p(robot);
        robot.interact(() -> view.selectView("valley"));
        robot.interact(() -> { });
        ScrollPane scroll = descendants(view.valley(), ScrollPane.class).get(0);
        GridPane grid = (GridPane) scroll.getContent();
        double viewport = scroll.getViewportBounds().getHeight();
        double padding = grid.getPadding().getTop() + grid.getPadding().getBottom();
        List<Node> panels = grid.getChildren().stream().filter(Node::isVisible).toList();
        assertThat(panels).as("more panels than fit at presenter type").hasSizeGreaterThan(2);
        for (Node panel : panels) {
            assertThat(panel.getLayoutBounds().getHeight()).as(panel.getId() + ": a whole row of the view")
                    .isGreaterThanOrEqualTo(viewport - padding - 1);
        }
    }

    @Test
    void picturesForSlidesLeaveTheControlsOut(FxRobot robot) {
        Node grid = view.dashboard();
        Node chooser = view.getScene().lookup("#sparsity-metric");
        assertThat(visible(chooser)).as("this preset offers a choice of sparsity measure").isTrue();
        Bounds box = grid.sceneToLocal(chooser.localToScene(chooser.getLayoutBounds()));
        WritableImage[] shots = new WritableImage[3];
        robot.interact(() -> {
            // the window as it shows, the chooser in it; a slide's picture; the window without the chooser
            shots[0] = PngExporter.screenshot(grid, 1);
            shots[1] = FrameSnapshot.of(grid, 1);
            chooser.setVisible(false);
            shots[2] = PngExporter.screenshot(grid, 1);
            chooser.setVisible(true);
        });
        assertThat(chooser.getOpacity()).as("the window keeps its chooser").isEqualTo(1);
        assertThat(chooser.isVisible()).as("the window keeps its chooser").isTrue();
        assertThat(differingPixels(shots[0], shots[2], box)).as("the chooser is there to leave out").isPositive();
        assertThat(differingPixels(shots[1], shots[2], box)).as("the slide's picture is the window without it")
                .isZero();
    }

    private static int differingPixels(WritableImage a, WritableImage b, Bounds box) {
        int differing = 0;
        for (int y = (int) box.getMinY(); y < (int) box.getMaxY(); y++) {
            for (int x = (int) box.getMinX(); x < (int) box.getMaxX(); x++) {
                differing += a.getPixelReader().getArgb(x, y) == b.getPixelReader().getArgb(x, y) ? 0 : 1;
            }
        }
        return differing;
    }

    private static boolean visible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static List<Object> tooltipsUnder(Node root) {
        List<Object> tips = new ArrayList<>();
        for (Node n : descendants(root, Node.class)) {
            Map<Object, Object> properties = n.getProperties();
            if (properties.get(MetricDefinitions.TOOLTIP_KEY) != null) {
                tips.add(properties.get(MetricDefinitions.TOOLTIP_KEY));
            } else if (n instanceof Control c && c.getTooltip() != null) {
                tips.add(c.getTooltip());
            }
        }
        return tips;
    }

    private static <T> List<T> descendants(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        List<Node> queue = new ArrayList<>(List.of(root));
        while (!queue.isEmpty()) {
            Node n = queue.remove(queue.size() - 1);
            if (type.isInstance(n)) {
                found.add(type.cast(n));
            }
            if (n instanceof Parent p) {
                queue.addAll(p.getChildrenUnmodifiable());
            }
        }
        return found;
    }
}
