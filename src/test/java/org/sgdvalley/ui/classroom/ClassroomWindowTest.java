package org.sgdvalley.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.WindowTest;
import org.sgdvalley.ui.base.DrawnLayout;
import org.sgdvalley.ui.plot.PlotTheme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The classroom features in the real window, driven headless. */
class ClassroomWindowTest extends WindowTest {
    private static Path exports;
    private List<ExperimentSpec> presets;
    private long bookmarked;

    @BeforeAll
    static void exportFolder() throws IOException {
        exports = Files.createTempDirectory("classroom-exports");
        System.setProperty(ExportFolder.PROPERTY, exports.toString());
    }

    @AfterAll
    static void forgetExportFolder() {
        System.clearProperty(ExportFolder.PROPERTY);
    }

    @Override
    protected String preset() {
        return PresetCatalog.names().get(0);
    }

    @Start
    void start(Stage stage) {
        open(stage);
        presets = vm.presets();
    }

    private ControllerStatus status() {
        return vm.statusProperty().get();
    }

    private long iteration() {
        return status().runs().get(0).iteration();
    }

    private String files() throws IOException {
        try (var list = Files.list(exports)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList().toString();
        }
    }

    /** Trains every run {@code steps} more steps, paused, and returns the iteration reached. */
    private long advanceBy(long steps) {
        long target = iteration() + steps;
        advanceTo(target);
        return target;
    }

    private void advanceTo(long iteration) {
        vm.controller().advanceTo(iteration);
        await("advanced to " + iteration, () -> status().generation() == vm.controller().session().generation()
                && iteration() == iteration);
    }

    @Test
    @Timeout(240) // walks every shortcut, training a few hundred steps on the way
    void everyShortcutInTheHelpOverlayDoesWhatItSays(FxRobot robot) {
        Classroom classroom = view.classroom();
        Map<String, Runnable> checks = new LinkedHashMap<>();
        checks.put("Space", () -> {
            robot.type(KeyCode.SPACE);
            await("playing", () -> status().playing());
            robot.type(KeyCode.SPACE);
            await("paused", () -> !status().playing());
        });
        checks.put("Right", () -> {
            long before = iteration();
            robot.type(KeyCode.RIGHT);
            await("one step", () -> iteration() == before + 1);
        });
        checks.put("Up / Down", () -> {
            double before = status().runs().get(0).stepSize();
            robot.type(KeyCode.UP);
            await("step size x 1.25", () -> Math.abs(status().runs().get(0).stepSize() - before * 1.25) < 1e-12);
            robot.type(KeyCode.DOWN);
            await("step size back", () -> Math.abs(status().runs().get(0).stepSize() - before) < 1e-12);
        });
        checks.put("R", () -> {
            advanceBy(50);
            long generation = status().generation();
            robot.type(KeyCode.R);
            await("reset", () -> status().generation() > generation && iteration() == 0);
        });
        checks.put("1 - 9", () -> {
            robot.type(KeyCode.DIGIT3);
            assertThat(vm.presetProperty().get()).isSameAs(presets.get(2));
            robot.type(KeyCode.NUMPAD2);
            assertThat(vm.presetProperty().get()).isSameAs(presets.get(1));
            robot.type(KeyCode.DIGIT1);
            assertThat(vm.presetProperty().get()).isSameAs(presets.get(0));
            await("first preset running", () -> status().runs().size() == presets.get(0).runs().size()
                    && status().generation() == vm.controller().session().generation());
        });
        checks.put("S", () -> {
            robot.type(KeyCode.S);
            robot.type(KeyCode.S);
            String stem = presets.get(0).name();
            await("two numbered PNGs", () -> {
                try {
                    return files().contains(stem + "-001.png") && files().contains(stem + "-002.png");
                } catch (IOException e) {
                    return false;
                }
            });
        });
        checks.put("B", () -> {
            long at = advanceBy(300);
            bookmarked = at;
            robot.type(KeyCode.B);
            await("bookmark", () -> vm.controller().lastBookmark() != null
                    && vm.controller().lastBookmark().iteration() == at);
            assertThat(vm.controller().lastBookmark().states()).hasSize(presets.get(0).runs().size());
        });
        checks.put("J", () -> {
            advanceBy(600);
            robot.type(KeyCode.J);
            await("back at the bookmark", () -> iteration() == bookmarked);
        });
        checks.put("U", () -> {
            long at = iteration();
            String name = vm.presetProperty().get().name();
            robot.type(KeyCode.DIGIT2);
            assertThat(robot.lookup("#message").queryLabeled().getText()).contains("press U");
            robot.type(KeyCode.U);
            await("the replaced runs back", () -> vm.presetProperty().get().name().equals(name)
                    && status().generation() == vm.controller().session().generation() && iteration() == at);
        });
        checks.put("F", () -> {
            robot.type(KeyCode.F);
            assertThat(classroom.presenterProperty().get()).isTrue();
            robot.type(KeyCode.F);
            assertThat(classroom.presenterProperty().get()).isFalse();
        });
        checks.put("C", () -> {
            robot.type(KeyCode.F);
            robot.type(KeyCode.C);
            assertThat(overlay().isVisible()).isTrue();
            robot.type(KeyCode.C);
            assertThat(overlay().isVisible()).isFalse();
            robot.type(KeyCode.F);
        });
        checks.put("D / V / W", () -> {
            robot.type(KeyCode.V);
            assertThat(view.selectedView()).isEqualTo(1);
            robot.type(KeyCode.W);
            assertThat(view.selectedView()).isEqualTo(2);
            robot.type(KeyCode.D);
            assertThat(view.selectedView()).isZero();
        });
        checks.put("L", () -> {
            boolean before = vm.logIterationAxisProperty().get();
            robot.type(KeyCode.L);
            assertThat(vm.logIterationAxisProperty().get()).isNotEqualTo(before);
            robot.type(KeyCode.L);
            assertThat(vm.logIterationAxisProperty().get()).isEqualTo(before);
        });
        checks.put("A", () -> {
            robot.type(KeyCode.A);
            assertThat(vm.presetProperty().get().name()).endsWith("(A/B)");
            await("A and B training", () -> status().runs().size() == 2 && status().playing() && iteration() > 0);
            assertThat(status().runs().get(0).label()).startsWith("A: ");
            assertThat(status().runs().get(1).label()).startsWith("B: ");
            await("both sides on the sparsity plot", () -> "l0".equals(view.dashboard().plots().sparsityMetricProperty().get())
                    && view.dashboard().plots().sparsity().getSeries().size() == 2);
            robot.type(KeyCode.SPACE);
        });
        checks.put("T", () -> {
            robot.type(KeyCode.T);
            assertThat(classroom.tour().active()).isTrue();
            assertThat(vm.presetProperty().get().name()).isEqualTo(GuidedTour.STOPS.get(0).preset());
            assertThat(robot.lookup("#tour-bar").query().isVisible()).isTrue();
        });
        checks.put("N / Page Down", () -> {
            robot.type(KeyCode.N);
            assertThat(vm.presetProperty().get().name()).isEqualTo(GuidedTour.STOPS.get(1).preset());
            robot.type(KeyCode.PAGE_DOWN);
            assertThat(vm.presetProperty().get().name()).isEqualTo(GuidedTour.STOPS.get(2).preset());
        });
        checks.put("P / Page Up", () -> {
            robot.type(KeyCode.P);
            assertThat(vm.presetProperty().get().name()).isEqualTo(GuidedTour.STOPS.get(1).preset());
            robot.type(KeyCode.PAGE_UP);
            assertThat(vm.presetProperty().get().name()).isEqualTo(GuidedTour.STOPS.get(0).preset());
            robot.type(KeyCode.A);
            assertThat(classroom.tour().active()).as("a preset off the tour ends it").isFalse();
            robot.type(KeyCode.SPACE);
        });
        checks.put("F1 / ?", () -> {
            robot.type(KeyCode.F1);
            assertThat(classroom.helpShowing()).isTrue();
            assertThat(robot.lookup("#help-overlay").query().isVisible()).isTrue();
            robot.type(KeyCode.F1);
            assertThat(classroom.helpShowing()).isFalse();
            robot.press(KeyCode.SHIFT).type(KeyCode.SLASH).release(KeyCode.SHIFT);
            assertThat(classroom.helpShowing()).isTrue();
        });
        checks.put("Esc", () -> {
            robot.type(KeyCode.ESCAPE);
            assertThat(classroom.helpShowing()).isFalse();
            robot.type(KeyCode.F);
            robot.type(KeyCode.ESCAPE);
            assertThat(classroom.presenterProperty().get()).isFalse();
        });

        assertThat(checks.keySet()).as("every line of the help is checked")
                .containsExactlyElementsOf(ShortcutHelp.ENTRIES.stream().map(ShortcutHelp.Entry::keys).toList());
        for (ShortcutHelp.Entry entry : ShortcutHelp.ENTRIES) {
            try {
                checks.get(entry.keys()).run();
            } catch (AssertionError e) {
                throw new AssertionError("shortcut " + entry.keys() + " (" + entry.action() + "): " + e.getMessage(), e);
            }
        }
    }

    private Node overlay() {
        return view.getScene().lookup("#controls-overlay");
    }

    @Test
    void presenterViewHidesTheControlsAndShowsThemOnDemand(FxRobot robot) {
        Node play = view.getScene().lookup("#play");
        assertThat(play.isVisible() && view.getTop() != null).isTrue();
        robot.type(KeyCode.F);

        assertThat(view.getTop()).isNull();
        assertThat(view.getLeft()).as("side panel folded away").isNull();
        assertThat(view.getBottom()).isNull();
        assertThat(overlay().isVisible()).isFalse();
        assertThat(ancestorsVisible(play)).as("play button hidden").isFalse();
        assertThat(view.dashboard().plots().loss().themeProperty().get()).isEqualTo(PlotTheme.PRESENTATION);
        Node caption = view.getScene().lookup("#look-for-caption");
        assertThat(caption.isVisible()).isTrue();
        assertThat(((Label) caption).getText()).contains(presets.get(0).lookFor().strip());

        Bounds screen = view.localToScreen(view.getBoundsInLocal());
        robot.moveTo(new Point2D(screen.getCenterX(), screen.getCenterY()));
        robot.moveTo(new Point2D(screen.getCenterX(), screen.getMinY() + 5));
        assertThat(overlay().isVisible()).as("mouse at the top shows the controls").isTrue();
        assertThat(ancestorsVisible(play)).isTrue();
        robot.clickOn("#play");
        await("playing from the overlay", () -> status().playing());
        // onto the caption, away from the plots: their definition tooltips would take the first Esc
        robot.moveTo(new Point2D(screen.getCenterX(), screen.getMaxY() - 10));
        assertThat(overlay().isVisible()).as("mouse away hides them").isFalse();

        robot.interact(view::requestFocus);
        robot.type(KeyCode.C);
        assertThat(overlay().isVisible()).as("C shows them").isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(overlay().isVisible()).as("Esc folds them").isFalse();
        assertThat(view.classroom().presenterProperty().get()).as("and leaves presenter view at once").isFalse();
        assertThat(view.getTop()).isNotNull();
        assertThat(ancestorsVisible(play)).isTrue();
        assertThat(view.dashboard().plots().loss().themeProperty().get()).isNotEqualTo(PlotTheme.PRESENTATION);
    }

    private static boolean ancestorsVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @Test
    void recordingTheDashboardWritesAGifWithTheChosenSizeAndFrameCount(FxRobot robot) throws Exception {
        Path gif = exports.resolve("recorded.gif");
        RecordingSpec spec = new RecordingSpec(gif, 5, 10, 320, 200, 400, false);
        AtomicReference<String> outcome = new AtomicReference<>("pending");
        robot.interact(() -> view.classroom().record(view.classroom().recordables().get(0), spec,
                error -> outcome.set(error == null ? "ok" : error)));
        assertThat(robot.lookup("#record-progress").query().isVisible()).isTrue();
        await("recording done", () -> !"pending".equals(outcome.get()));
        assertThat(outcome.get()).isEqualTo("ok");
        assertThat(view.classroom().recorder().progressProperty().get()).isEqualTo(1.0);
        assertThat(iteration()).isEqualTo(400);

        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(5);
            for (int i = 0; i < 5; i++) {
                assertThat(reader.getWidth(i)).isEqualTo(320);
                assertThat(reader.getHeight(i)).isEqualTo(200);
            }
            reader.dispose();
        }
    }

    @Test
    void aGifKeepsItsAxesFromTheFirstFrameToTheLast(FxRobot robot) throws Exception {
        // a preset whose loss, sparsity and model ranges all change over the first steps
        robot.interact(() -> vm.presetProperty().set(PresetCatalog.bundled("diag-sgd-decay")));
        await("diag-sgd-decay built", () -> status().runs().size() == 4
                && status().generation() == vm.controller().session().generation());
        var lossZoom = view.dashboard().plots().loss().yZoomProperty();
        var before = lossZoom.get();
        Node grid = view.dashboard();
        Path gif = exports.resolve("axes.gif");
        RecordingSpec spec = new RecordingSpec(gif, 4, 10, (int) Math.ceil(grid.getLayoutBounds().getWidth()),
                (int) Math.ceil(grid.getLayoutBounds().getHeight()), 2000, false);
        AtomicReference<String> outcome = new AtomicReference<>("pending");
        robot.interact(() -> view.classroom().record(view.classroom().recordables().get(0), spec,
                error -> outcome.set(error == null ? "ok" : error)));
        await("recording done", () -> !"pending".equals(outcome.get()));
        assertThat(outcome.get()).isEqualTo("ok");
        assertThat(lossZoom.get()).as("the zoom as before the recording").isEqualTo(before);

        List<BufferedImage> frames = new ArrayList<>();
        try (var in = ImageIO.createImageInputStream(gif.toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            for (int i = 0; i < reader.getNumImages(true); i++) {
                frames.add(reader.read(i));
            }
            reader.dispose();
        }
        assertThat(frames).hasSize(4);
        List<Node> pictures = new ArrayList<>(view.dashboard().cells());
        for (Node picture : pictures) {
            if (!picture.isVisible()) {
                continue;
            }
            Bounds cell = grid.sceneToLocal(picture.localToScene(picture.getLayoutBounds()));
            // the tick labels: the margin left of the data (as the picture laid it out) and the one below it
            double leftMargin = picture instanceof DrawnLayout.Source source
                    ? source.drawnLayout().dataArea().getMinX() - 2 : 66;
            Rectangle2D left = new Rectangle2D(cell.getMinX(), cell.getMinY(), leftMargin, cell.getHeight());
            Rectangle2D below = new Rectangle2D(cell.getMinX(), cell.getMaxY() - 28, cell.getWidth(), 28);
            for (int k = 1; k < frames.size(); k++) {
                for (Rectangle2D margin : List.of(left, below)) {
                    assertThat(changedShare(frames.get(0), frames.get(k), margin))
                            .as(picture.getId() + ": frame " + k + " against frame 0 in " + margin).isLessThan(0.005);
                }
            }
        }
    }

    /** The share of pixels in {@code area} whose colour differs clearly between two frames. */
    private static double changedShare(BufferedImage a, BufferedImage b, Rectangle2D area) {
        int changed = 0;
        int all = 0;
        for (int y = (int) area.getMinY(); y < Math.min(area.getMaxY(), a.getHeight()); y++) {
            for (int x = (int) area.getMinX(); x < Math.min(area.getMaxX(), a.getWidth()); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                int diff = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    diff = Math.max(diff, Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)));
                }
                changed += diff > 60 ? 1 : 0;
                all++;
            }
        }
        return changed / (double) all;
    }
}
