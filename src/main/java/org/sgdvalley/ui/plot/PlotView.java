package org.sgdvalley.ui.plot;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import org.sgdvalley.export.RenderScalable;
import org.sgdvalley.ui.base.DrawnLayout;

/**
 * A plot of a {@link PlotModel} that fills this region, drawn in layers: an image of the data area (with
 * its grid), a canvas with axes, labels, markers and legend, and a canvas with the hover readout.
 *
 * <p>The plot redraws by itself, once per pulse, when the model changes. Data changes cannot be
 * observed, so the owner calls {@link #redraw()} once per frame (e.g. from an AnimationTimer); it returns
 * at once when no series version, model property or size changed.
 *
 * <p>Mouse: hover shows a crosshair and the values under it; drag a rectangle to zoom; scroll to zoom
 * x around the mouse (with Ctrl or Cmd: y); double-click to fit the data again; click a legend row or a
 * direct label to hide or show its series; right-click for "Reset zoom" and, on an axis with a floor,
 * "Show full range".
 */
public class PlotView extends Region implements RenderScalable, DrawnLayout.Source {

    private static final double MIN_DRAG = 5;

    private final PlotModel model;
    private final ImageView data = new ImageView();
    private final Canvas front = new Canvas();
    private final Canvas overlay = new Canvas();
    private final PlotRenderer renderer = new PlotRenderer();
    private final HoverPainter hover = new HoverPainter();
    private final BooleanProperty hoverReadout = new SimpleBooleanProperty(this, "hoverReadout", true);
    private boolean dirty = true;
    private long drawCount;
    private double renderScale = 1;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private long[] drawnVersions = new long[0];
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;
    private double dragX = Double.NaN;
    private double dragY = Double.NaN;

    /** A view of the given model. */
    public PlotView(PlotModel model) {
        this.model = model;
        overlay.setMouseTransparent(true);
        data.setSmooth(true);
        getChildren().addAll(data, front, overlay);
        InvalidationListener changed = obs -> markDirty();
        for (Observable o : List.of(model.getSeries(), model.getMarkers(), model.getAnnotations(),
                model.titleProperty(), model.xLabelProperty(), model.yLabelProperty(), model.xScaleProperty(),
                model.yScaleProperty(), model.xZoomProperty(), model.yZoomProperty(), model.bandProperty(),
                model.themeProperty(), model.legendCornerProperty(), model.yDecadesProperty(),
                model.fullYRangeProperty(), model.namedElsewhereProperty(), model.titleCornerProperty())) {
            o.addListener(changed);
        }
        hoverReadout.addListener(obs -> paintOverlay());
        addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> onMove(null));
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPress);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDrag);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::onRelease);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
        addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        ContextMenu menu = new ContextMenu();
        menu.getItems().setAll(zoomMenuItems());
        setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
    }

    /**
     * Menu items for a right-click menu: "Reset zoom", and "Show full range" (checked while the y axis
     * shows every value, shown only where the axis has a floor). A host that sets its own menu adds them.
     */
    public List<MenuItem> zoomMenuItems() {
        MenuItem reset = new MenuItem("Reset zoom");
        reset.setOnAction(e -> resetZoom());
        CheckMenuItem full = new CheckMenuItem("Show full range (below the floor)");
        full.selectedProperty().bindBidirectional(model.fullYRangeProperty());
        full.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> Double.isFinite(model.yDecadesProperty().get()), model.yDecadesProperty()));
        return List.of(reset, full);
    }

    /** How many times this plot has been drawn: a paused window must not add to it. */
    public long drawCount() {
        return drawCount;
    }

    /** The y range of the last drawing (autoscaled or zoomed), or null before the first. */
    public Range shownYRange() {
        return renderer.yAxis() == null ? null : renderer.yAxis().range();
    }

    /** The x range of the last drawing (autoscaled or zoomed), or null before the first. */
    public Range shownXRange() {
        return renderer.xAxis() == null ? null : renderer.xAxis().range();
    }

    /** The model this view shows. */
    public PlotModel getModel() {
        return model;
    }

    /**
     * Draws the plot if anything changed since the last drawing: a series version, the model or the size.
     * Only the data layer is drawn again when the axes stayed the same. Call on the JavaFX thread.
     *
     * @return whether it drew
     */
    public boolean redraw() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        boolean resized = w != drawnWidth || h != drawnHeight;
        if (!dirty && !resized && !dataChanged()) {
            return false;
        }
        boolean frameChanged = renderer.layout(model, w, h, renderScale) || dirty || resized;
        frameChanged |= renderer.placeNames(model);
        dirty = false;
        drawCount++;
        drawnWidth = w;
        drawnHeight = h;
        Rectangle2D area = renderer.plotArea();
        data.setImage(renderer.paintData(model));
        data.relocate(area.getMinX(), area.getMinY());
        data.setFitWidth(area.getWidth());
        data.setFitHeight(area.getHeight());
        if (frameChanged) {
            setBackground(new Background(new BackgroundFill(model.themeProperty().get().background(), null, null)));
            renderer.paintFront(prepare(front, w, h), model);
        }
        rememberVersions();
        paintOverlay();
        return true;
    }

    /**
     * Sets how many device pixels the plot draws per view pixel (1 on screen; 2 or 3 for a sharp
     * snapshot at that scale) and draws it again.
     */
    @Override
    public void setRenderScale(double scale) {
        if (!(scale >= 1 && scale <= 4)) {
            throw new IllegalArgumentException("render scale must be in 1..4, got " + scale);
        }
        renderScale = scale;
        dirty = true;
        redraw();
    }

    /** Device pixels per view pixel; see {@link #setRenderScale(double)}. */
    @Override
    public double getRenderScale() {
        return renderScale;
    }

    /**
     * Whether hovering shows the crosshair and the values under the mouse (on by default). A presenter
     * turns it off so that no pop-up covers the data on a projector.
     */
    public BooleanProperty hoverReadoutProperty() {
        return hoverReadout;
    }

    /** Where the last frame put its data and texts. */
    @Override
    public DrawnLayout drawnLayout() {
        return renderer.drawnLayout();
    }

    /** Fits both axes to the data again, as a double-click does. */
    public void resetZoom() {
        model.resetZoom();
    }

    /** The box of legend row {@code index} in this view's coordinates as last drawn, or null. */
    public Rectangle2D legendBounds(int index) {
        return renderer.legendBounds(index);
    }

    @Override
    protected void layoutChildren() {
        redraw();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 300;
    }

    /** Sizes a canvas for the render scale, clears it and returns its context in view coordinates. */
    private GraphicsContext prepare(Canvas canvas, double w, double h) {
        canvas.setWidth(Math.ceil(w * renderScale));
        canvas.setHeight(Math.ceil(h * renderScale));
        if (renderScale == 1) {
            canvas.getTransforms().clear();
        } else {
            canvas.getTransforms().setAll(new Scale(1 / renderScale, 1 / renderScale, 0, 0));
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.setTransform(renderScale, 0, 0, renderScale, 0, 0);
        return gc;
    }

    private void markDirty() {
        dirty = true;
        requestLayout();
    }

    private boolean dataChanged() {
        List<PlotEntry> entries = model.getSeries();
        PlotBand band = model.bandProperty().get();
        if (drawnVersions.length != entries.size() + 2) {
            return true;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).series().version() != drawnVersions[i]) {
                return true;
            }
        }
        return band != null && (band.lower().version() != drawnVersions[entries.size()]
                || band.upper().version() != drawnVersions[entries.size() + 1]);
    }

    private void rememberVersions() {
        List<PlotEntry> entries = model.getSeries();
        if (drawnVersions.length != entries.size() + 2) {
            drawnVersions = new long[entries.size() + 2];
        }
        for (int i = 0; i < entries.size(); i++) {
            drawnVersions[i] = entries.get(i).series().version();
        }
        PlotBand band = model.bandProperty().get();
        drawnVersions[entries.size()] = band == null ? 0 : band.lower().version();
        drawnVersions[entries.size() + 1] = band == null ? 0 : band.upper().version();
    }

    private void paintOverlay() {
        if (drawnWidth < 0) {
            return;
        }
        overlay.setWidth(drawnWidth);
        overlay.setHeight(drawnHeight);
        GraphicsContext gc = overlay.getGraphicsContext2D();
        gc.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
        if (!Double.isNaN(dragX)) {
            hover.paintZoomBox(gc, model.themeProperty().get(), dragX, dragY, mouseX, mouseY);
        } else if (!Double.isNaN(mouseX) && hoverReadout.get()) {
            hover.paintReadout(gc, model, renderer, mouseX, mouseY);
        }
        // An empty overlay would still cost a full-size blend in every frame.
        overlay.setVisible(!Double.isNaN(dragX) || !Double.isNaN(mouseX) && hoverReadout.get());
    }

    private void onMove(MouseEvent e) {
        boolean hovering = e != null;
        mouseX = hovering ? e.getX() : Double.NaN;
        mouseY = hovering ? e.getY() : Double.NaN;
        paintOverlay();
    }

    private void onPress(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && renderer.namedAt(e.getX(), e.getY()).isEmpty()
                && renderer.plotArea().contains(e.getX(), e.getY())) {
            dragX = e.getX();
            dragY = e.getY();
        }
    }

    private void onDrag(MouseEvent e) {
        onMove(e);
    }

    private void onRelease(MouseEvent e) {
        if (!Double.isNaN(dragX) && renderer.xAxis() != null
                && Math.abs(e.getX() - dragX) >= MIN_DRAG && Math.abs(e.getY() - dragY) >= MIN_DRAG) {
            model.zoom(renderer.xAxis().between(dragX, e.getX()), renderer.yAxis().between(dragY, e.getY()));
        }
        dragX = Double.NaN;
        dragY = Double.NaN;
        paintOverlay();
    }

    private void onClick(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        List<Integer> named = renderer.namedAt(e.getX(), e.getY());
        if (!named.isEmpty()) {
            toggle(named);
        } else if (e.getClickCount() == 2) {
            resetZoom();
        }
    }

    /**
     * The drawn axis showing the zoom asked for last: scroll events can come faster than frames, and
     * each must zoom from the one before, not from the last drawing.
     */
    private static Axis zoomed(Axis drawn, Range asked) {
        return asked == null ? drawn : new Axis(drawn.scale(), asked, drawn.pixelFrom(), drawn.pixelTo());
    }

    /** Hides the series if any of them shows, else shows them all. */
    private void toggle(List<Integer> entries) {
        boolean anyShown = entries.stream().anyMatch(i -> model.getSeries().get(i).getStyle().visible());
        for (int i : entries) {
            PlotEntry entry = model.getSeries().get(i);
            entry.setStyle(entry.getStyle().withVisible(!anyShown));
        }
    }

    private void onScroll(ScrollEvent e) {
        if (renderer.xAxis() == null || e.getDeltaY() == 0 || !renderer.plotArea().contains(e.getX(), e.getY())) {
            return;
        }
        double factor = Math.exp(-e.getDeltaY() / 400);
        if (e.isShortcutDown()) {
            model.yZoomProperty().set(zoomed(renderer.yAxis(), model.yZoomProperty().get()).zoomedAround(e.getY(), factor));
        } else {
            model.xZoomProperty().set(zoomed(renderer.xAxis(), model.xZoomProperty().get()).zoomedAround(e.getX(), factor));
        }
        e.consume();
    }
}
