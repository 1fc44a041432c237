package org.sgdvalley.ui.valley;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.sgdvalley.ui.plot.PlotTheme;

/** A resizable canvas that repaints on demand and when resized. */
abstract class CanvasCell extends Region {
    private final Canvas canvas = new Canvas();
    protected PlotTheme theme = PlotTheme.LIGHT;
    private boolean dirty = true;
    private long drawCount;

    CanvasCell() {
        getChildren().add(canvas);
        setMinSize(150, 120);
        widthProperty().addListener((o, a, b) -> dirty = true);
        heightProperty().addListener((o, a, b) -> dirty = true);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    void setTheme(PlotTheme t) {
        theme = t;
        dirty = true;
    }

    void invalidate() {
        dirty = true;
    }

    /** How many times the cell has been painted. */
    long drawCount() {
        return drawCount;
    }

    /** Repaints if something changed. */
    void redraw() {
        if (!dirty || getWidth() < 10 || getHeight() < 10) {
            return;
        }
        dirty = false;
        drawCount++;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(theme.background());
        gc.fillRect(0, 0, getWidth(), getHeight());
        paint(gc, getWidth(), getHeight());
    }

    protected abstract void paint(GraphicsContext gc, double width, double height);
}
