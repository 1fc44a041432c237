package org.sgdvalley.ui.model;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import org.sgdvalley.engine.Rng;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.data.GroundTruth;
import org.sgdvalley.engine.model.FeatureModel;
import org.sgdvalley.engine.model.Model;
import org.sgdvalley.engine.model.ReluNetwork;
import org.sgdvalley.engine.run.ControllerStatus;
import org.sgdvalley.engine.run.ExperimentController.Session;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunStatus;
import org.sgdvalley.export.RenderScalable;
import org.sgdvalley.ui.base.DrawnLayout;
import org.sgdvalley.ui.plot.PlotTheme;

/**
 * Plot 4 of the dashboard: the model itself, drawn from the focused run's parameters at most once per
 * frame and only when its iteration changed. Exports draw it again at their scale, so it stays sharp
 * beside the plots.
 */
public final class ModelPicture extends Region implements RenderScalable, DrawnLayout.Source {
    private long drawCount;
    private final Canvas canvas = new Canvas();
    private ModelPainter painter;
    private PlotTheme theme = PlotTheme.LIGHT;
    private int focus;
    private long drawnIteration = -1;
    private long drawnGeneration = -1;
    private RunStatus last;
    private PictureFrame.HeldRanges held;
    private double renderScale = 1;
    private DrawnLayout drawn = new DrawnLayout(Rectangle2D.EMPTY, List.of(), List.of(), 0);

    public ModelPicture() {
        getChildren().add(canvas);
        getStyleClass().add("model-picture");
        // the canvas holds more pixels during an export; the picture's size must not follow it
        canvas.setManaged(false);
        setMinSize(200, 150);
    }

    @Override
    protected void layoutChildren() {
        drawnIteration = -1;
        redraw();
    }

    /** The size it was given: a parent that sizes children to their preferred size keeps it. */
    @Override
    protected double computePrefWidth(double height) {
        return Math.max(getMinWidth(), getWidth());
    }

    @Override
    protected double computePrefHeight(double width) {
        return Math.max(getMinHeight(), getHeight());
    }

    @Override
    public double getRenderScale() {
        return renderScale;
    }

    @Override
    public void setRenderScale(double scale) {
        renderScale = scale;
        drawnIteration = -1;
        redraw();
    }

    @Override
    public DrawnLayout drawnLayout() {
        return drawn;
    }

    /** Chooses the painter for a new session's model. */
    public void show(Session session) {
        show(session.spec(), session.experiment().data());
    }

    /** Chooses the painter for an experiment's model and data. */
    public void show(ExperimentSpec spec, Dataset data) {
        painter = Painters.forExperiment(spec, data);
        drawnIteration = -1;
        last = null;
    }

    /** Which run to draw. */
    public void setFocus(int index) {
        focus = index;
        drawnIteration = -1;
    }

    public void setTheme(PlotTheme theme) {
        this.theme = theme;
        drawnIteration = -1;
        redraw();
    }

    /**
     * Keeps the axes at the union of every range drawn from now on (an animation's frames then share
     * their axes), or lets each picture fit its own again.
     */
    public void setRangesHeld(boolean on) {
        held = on ? new PictureFrame.HeldRanges() : null;
        drawnIteration = -1;
        redraw();
    }

    /** Draws a run's state once, for exports. */
    public void draw(RunStatus run) {
        last = run;
        drawnIteration = -1;
        redraw();
    }

    /** Draws the focused run if it moved since the last frame. */
    /** How many times the picture has been drawn. */
    public long drawCount() {
        return drawCount;
    }

    public void refresh(ControllerStatus status) {
        if (status.runs().isEmpty()) {
            return;
        }
        RunStatus run = status.runs().get(Math.min(focus, status.runs().size() - 1));
        if (run.iteration() == drawnIteration && status.generation() == drawnGeneration) {
            return;
        }
        drawnGeneration = status.generation();
        last = run;
        redraw();
    }

    private void redraw() {
        if (painter == null || last == null || getWidth() < 10 || getHeight() < 10) {
            return;
        }
        drawnIteration = last.iteration();
        drawCount++;
        // the canvas holds renderScale device pixels per view pixel and is shown scaled back down
        canvas.setWidth(Math.ceil(getWidth() * renderScale));
        canvas.setHeight(Math.ceil(getHeight() * renderScale));
        canvas.getTransforms().setAll(new Scale(1 / renderScale, 1 / renderScale, 0, 0));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(renderScale, 0, 0, renderScale, 0, 0);
        PictureFrame frame = new PictureFrame(g, getWidth(), getHeight(), theme, held);
        painter.paint(frame, last, PlotTheme.paletteColor(Math.min(focus, 7)));
        drawn = frame.layout();
    }

    /** The painter for a model and its ground truth. */
    static final class Painters {
        private Painters() {
        }

        static ModelPainter forExperiment(ExperimentSpec spec, Dataset data) {
            GroundTruth truth = data.truth();
            Model model = spec.model().build(data.d());
            if (truth instanceof GroundTruth.SparseVector v) {
                return new DiagonalPainter(v.betaStar());
            }
            if (truth instanceof GroundTruth.Scalar s) {
                return new ToyPainter(s.thetaStar());
            }
            if (model instanceof ReluNetwork relu && data.d() == 1) {
                return new FunctionPainter(relu, data);
            }
            if (model instanceof ReluNetwork relu && data.d() == 2 && relu.hiddenLayers() == 1
                    && truth instanceof GroundTruth.Teacher teacher) {
                double[] initial = new double[relu.parameterCount()];
                relu.initialize(initial, new Rng(spec.initSeed()));
                return new NeuronPainter(relu, initial, teacher);
            }
            if (model instanceof FeatureModel features) {
                return new ActivationPainter(features, data);
            }
            throw new IllegalStateException("no picture for " + model.getClass().getSimpleName());
        }
    }
}
