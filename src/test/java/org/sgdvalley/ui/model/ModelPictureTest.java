package org.sgdvalley.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.Run;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.export.PngExporter;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.base.DrawnLayout;
import org.sgdvalley.ui.plot.PlotTheme;
import org.testfx.api.FxToolkit;

/** The model picture exports at the export's scale and reports where it drew its text. */
@Timeout(60)
class ModelPictureTest {
    /** About one dashboard cell of a 1280 x 720 window. */
    private static final double WIDTH = 470;
    private static final double HEIGHT = 290;
    /** The model's cell in presenter view on a 1280 x 720 projector. */
    private static final double PRESENTER_WIDTH = 630;
    private static final double PRESENTER_HEIGHT = 250;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit the window tests share
    }

    @Test
    void anExportDrawsThePictureAtItsScaleNotAnUpscaledBitmap() throws Exception {
        onFxThread(() -> {
            ModelPicture picture = picture("diag-sgd-decay");
            Canvas canvas = (Canvas) picture.getChildrenUnmodifiable().get(0);
            picture.setRenderScale(3);
            assertThat(canvas.getWidth()).isEqualTo(3 * WIDTH);
            assertThat(canvas.getHeight()).isEqualTo(3 * HEIGHT);
            assertThat(canvas.getBoundsInParent().getWidth()).as("shown at the picture's size").isEqualTo(WIDTH);
            picture.getParent().layout();
            assertThat(picture.getWidth()).as("the picture keeps its size").isEqualTo(WIDTH);
            picture.setRenderScale(1);
            WritableImage x3 = PngExporter.snapshot(picture, 3);
            assertThat(x3.getWidth()).isEqualTo(3 * WIDTH);
            assertThat(picture.getRenderScale()).as("back on screen").isEqualTo(1);
            assertThat(canvas.getWidth()).isEqualTo(WIDTH);
        });
    }

    @Test
    void everyTextIsWholeApartAndTheKeyLiesOffTheData() throws Exception {
        for (String preset : List.of("diag-sgd-decay", "toy-quadratic", "relu-1d-warmup", "relu-teacher-student")) {
            onFxThread(() -> checkLayout(picture(preset, PlotTheme.LIGHT, WIDTH, HEIGHT), preset, WIDTH, HEIGHT));
        }
    }

    /**
     * Twice the type in the model's cell of presenter view at 1280 x 720: a title too long for one line
     * takes two, and an axis label longer than the data is tall keeps off the key.
     */
    @Test
    void inPresenterViewAt720pTheTitleWrapsAndTheLabelsKeepOffTheKey() throws Exception {
        for (String preset : List.of("relu-1d-warmup", "relu-three-layer", "relu-teacher-student", "diag-sgd-decay")) {
            onFxThread(() -> checkLayout(picture(preset, PlotTheme.PRESENTATION, PRESENTER_WIDTH, PRESENTER_HEIGHT),
                    preset, PRESENTER_WIDTH, PRESENTER_HEIGHT));
        }
        onFxThread(() -> {
            double narrow = 0.75 * PRESENTER_WIDTH;
            DrawnLayout layout = checkLayout(picture("relu-teacher-student", PlotTheme.PRESENTATION, narrow,
                    PRESENTER_HEIGHT), "relu-teacher-student narrow", narrow, PRESENTER_HEIGHT);
            DrawnLayout.DrawnText first = layout.texts().get(0);
            DrawnLayout.DrawnText second = layout.texts().get(1);
            assertThat(second.text()).as("the title's second line").endsWith("to now (arrow)");
            assertThat(second.box().getMinY()).as("under its first").isGreaterThan(first.box().getMaxY() - 1);
        });
    }

    /** Checks that every text is whole, inside the picture and apart, and the key off the data. */
    private static DrawnLayout checkLayout(ModelPicture picture, String preset, double width, double height) {
        DrawnLayout layout = picture.drawnLayout();
        assertThat(layout.texts()).as(preset).isNotEmpty();
        Rectangle2D whole = new Rectangle2D(0, 0, width, height);
        for (DrawnLayout.DrawnText t : layout.texts()) {
            assertThat(t.shortened()).as("%s: %s", preset, t.text()).isFalse();
            assertThat(whole.contains(t.box())).as("%s: %s inside at %s", preset, t.text(), t.box()).isTrue();
            for (DrawnLayout.DrawnText other : layout.texts()) {
                assertThat(t != other && t.box().intersects(other.box()))
                        .as("%s: '%s' over '%s'", preset, t.text(), other.text()).isFalse();
            }
        }
        assertThat(layout.legends()).as(preset).isNotEmpty()
                .allSatisfy(key -> assertThat(key.intersects(layout.dataArea())).isFalse());
        assertThat(layout.legendCoverOfData()).isZero();
        return layout;
    }

    private static ModelPicture picture(String preset) {
        return picture(preset, PlotTheme.LIGHT, WIDTH, HEIGHT);
    }

    private static ModelPicture picture(String preset, PlotTheme theme, double width, double height) {
        Experiment experiment = new Experiment(PresetCatalog.bundled(preset));
        ModelPicture picture = new ModelPicture();
        picture.show(experiment.spec(), experiment.data());
        picture.setTheme(theme);
        new Scene(new Group(picture), width, height);
        picture.resize(width, height);
        Run run = experiment.runs().get(0);
        picture.draw(new RunStatus(run.label(), 0, experiment.spec().iterations(), run.stepSize(), Double.NaN,
                false, null, run.params()));
        return picture;
    }

    private static void onFxThread(Runnable check) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                check.run();
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        });
        done.get(30, TimeUnit.SECONDS);
    }
}
