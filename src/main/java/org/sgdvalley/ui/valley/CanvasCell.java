package org.sgdvalley.ui.valley;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.sgdvalley.ui.base.DrawnLayout;
import org.sgdvalley.ui.plot.PlotTheme;

/**
 * A resizable canvas that repaints on demand and when resized, and reports the layout of its last
 * frame: where its data went, the text it drew, its legends.
 */
abstract class CanvasCell extends Region implements DrawnLayout.Source {
    private final Canvas canvas = new Canvas();
    protected PlotTheme theme = PlotTheme.LIGHT;
    /** Where the texts of the frame being painted go. */
    protected final DrawnTexts texts = new DrawnTexts();
    private final List<Rectangle2D> legends = new ArrayList<>();
    private Rectangle2D dataArea = Rectangle2D.EMPTY;
    private double legendCover;
    private DrawnLayout layout = new DrawnLayout(Rectangle2D.EMPTY, List.of(), List.of(), 0);
    private boolean dirty = true;
    private long drawCount;

    CanvasCell() {
        getChildren().add(canvas);
        setMinSize(150, 120);
        widthProperty().addListener((o, a, b) -> invalidate());
        heightProperty().addListener((o, a, b) -> invalidate());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
    }

    void setTheme(PlotTheme t) {
        theme = t;
        invalidate();
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
        texts.clear();
        legends.clear();
        dataArea = Rectangle2D.EMPTY;
        legendCover = 0;
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(theme.background());
        gc.fillRect(0, 0, getWidth(), getHeight());
        paint(gc, getWidth(), getHeight());
        layout = new DrawnLayout(dataArea, texts.texts(), legends, legendCover);
    }

    /** Called by {@link #paint}: the data area of this frame. */
    protected void reportDataArea(Rectangle2D area) {
        dataArea = area;
    }

    /** Called by {@link #paint}: a legend drawn, covering {@code cover} (0 to 1) of the drawn data. */
    protected void reportLegend(Rectangle2D box, double cover) {
        legends.add(box);
        legendCover = Math.max(legendCover, cover);
    }

    @Override
    public DrawnLayout drawnLayout() {
        return layout;
    }

    protected abstract void paint(GraphicsContext gc, double width, double height);
}
