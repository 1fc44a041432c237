package org.sgdvalley.ui.classroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.sgdvalley.ui.model.ModelPicture;
import org.sgdvalley.ui.plot.PlotModel;
import org.sgdvalley.ui.plot.PlotView;
import org.sgdvalley.ui.plot.Range;

/**
 * Gives every frame of an animation the same axes: the union of the ranges each picture of a view
 * shows over a rehearsal of the recording. {@link #measure} starts, {@link #observe} widens the ranges
 * with the frame on show, {@link #hold} fixes the plots at them, {@link #release} gives the plots their
 * own zoom back.
 */
final class AxisLock {
    /** A plot's zoom before the recording, and the ranges its frames share. */
    private static final class Span {
        private final Range xBefore;
        private final Range yBefore;
        private Range x;
        private Range y;

        Span(PlotModel model) {
            xBefore = model.xZoomProperty().get();
            yBefore = model.yZoomProperty().get();
        }

        void widen(Range xNow, Range yNow) {
            x = x == null ? xNow : new Range(Math.min(x.min(), xNow.min()), Math.max(x.max(), xNow.max()));
            y = y == null ? yNow : new Range(Math.min(y.min(), yNow.min()), Math.max(y.max(), yNow.max()));
        }
    }

    private final Map<PlotModel, Span> spans = new LinkedHashMap<>();
    private final List<ModelPicture> pictures = new ArrayList<>();

    /** Starts a rehearsal over {@code root}: its model pictures keep the union of the ranges they draw. */
    void measure(Node root) {
        release();
        visit(root, ModelPicture.class, picture -> {
            picture.setRangesHeld(true);
            pictures.add(picture);
        });
    }

    /** Widens the shared ranges by what every plot under {@code root} showed in its last drawing. */
    void observe(Node root) {
        visit(root, PlotView.class, plot -> {
            if (plot.shownXRange() != null && plot.shownYRange() != null) {
                spans.computeIfAbsent(plot.getModel(), Span::new).widen(plot.shownXRange(), plot.shownYRange());
            }
        });
    }

    /** Fixes every observed plot at the shared ranges; cheap to repeat, as a new session refits the plots. */
    void hold() {
        spans.forEach((model, span) -> {
            if (!Objects.equals(model.xZoomProperty().get(), span.x) || !Objects.equals(model.yZoomProperty().get(), span.y)) {
                model.zoom(span.x, span.y);
            }
        });
    }

    /** Gives every plot the zoom it had before, and lets the model pictures fit each frame again. */
    void release() {
        spans.forEach((model, span) -> model.zoom(span.xBefore, span.yBefore));
        spans.clear();
        pictures.forEach(picture -> picture.setRangesHeld(false));
        pictures.clear();
    }

    private static <T> void visit(Node node, Class<T> type, Consumer<T> action) {
        if (type.isInstance(node)) {
            action.accept(type.cast(node));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, type, action);
            }
        }
    }
}
