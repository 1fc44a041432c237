package org.sgdvalley.ui;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens and how big: the place it had when last closed if that still lies on a
 * screen, else a size fitted to the screen it opens on (at most the comfortable 1500 x 940, at least the
 * minimum at which every control is whole), centered.
 *
 * @param x left edge, in screen coordinates
 * @param y top edge
 * @param width outer width
 * @param height outer height
 */
public record WindowPlacement(double x, double y, double width, double height) {
    /** The smallest window at which every control is whole (a 1280 x 720 projector with a task bar fits it). */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 600;
    /** The size the window takes when the screen has room for it. */
    static final double PREFERRED_WIDTH = 1500;
    static final double PREFERRED_HEIGHT = 940;
    /** How much of a remembered window must lie on a screen to open it there again. */
    private static final double ON_SCREEN = 0.6;

    /** The window's rectangle. */
    public Rectangle2D bounds() {
        return new Rectangle2D(x, y, width, height);
    }

    /**
     * The placement for a new window: {@code remembered} if at least most of it lies on one of
     * {@code screens} (their visual bounds), else fitted to {@code primary}.
     */
    public static WindowPlacement choose(Optional<WindowPlacement> remembered, List<Rectangle2D> screens,
                                         Rectangle2D primary) {
        return remembered.filter(p -> p.width() >= MIN_WIDTH && p.height() >= MIN_HEIGHT)
                .flatMap(p -> screens.stream().filter(s -> visibleShare(p.bounds(), s) >= ON_SCREEN).findFirst()
                        .map(s -> p.fittedInto(s)))
                .orElseGet(() -> fitted(primary));
    }

    /** The preferred size, shrunk to fit {@code screen}, centered on it. */
    public static WindowPlacement fitted(Rectangle2D screen) {
        double w = Math.min(PREFERRED_WIDTH, screen.getWidth());
        double h = Math.min(PREFERRED_HEIGHT, screen.getHeight());
        return new WindowPlacement(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    /** This placement shrunk to {@code screen} and moved onto it, so no edge lies off it. */
    private WindowPlacement fittedInto(Rectangle2D screen) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        double left = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w));
        double top = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h));
        return new WindowPlacement(left, top, w, h);
    }

    private static double visibleShare(Rectangle2D window, Rectangle2D screen) {
        double w = Math.min(window.getMaxX(), screen.getMaxX()) - Math.max(window.getMinX(), screen.getMinX());
        double h = Math.min(window.getMaxY(), screen.getMaxY()) - Math.max(window.getMinY(), screen.getMinY());
        return w <= 0 || h <= 0 ? 0 : w * h / (window.getWidth() * window.getHeight());
    }
}
