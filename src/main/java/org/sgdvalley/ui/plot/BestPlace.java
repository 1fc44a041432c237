package org.sgdvalley.ui.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;

/**
 * Chooses where a legend box goes inside the data area as matplotlib's loc="best" does: of nine
 * candidate places (corners, edge centres, centre) the one covering the least drawn data, ties going to
 * the preferred corner first, then in matplotlib's order.
 */
final class BestPlace {

    /** matplotlib's order of legend locations for "best". */
    private static final List<Pos> ORDER = List.of(Pos.TOP_RIGHT, Pos.TOP_LEFT, Pos.BOTTOM_LEFT, Pos.BOTTOM_RIGHT,
            Pos.CENTER_RIGHT, Pos.CENTER_LEFT, Pos.BOTTOM_CENTER, Pos.TOP_CENTER, Pos.CENTER);
    /** The current place is kept unless another covers less by this share of all drawn data. */
    private static final double KEEP = 0.02;

    private BestPlace() {
    }

    /**
     * The best box of {@code width x height} inside {@code area}, {@code inset} from its edges.
     *
     * @param preferred the place tried first (it wins ties)
     * @param current the place of the last frame, or null: kept while it is nearly as good, so that a
     *     legend does not hop with every new sample
     */
    static Rectangle2D choose(Rectangle2D area, double width, double height, double inset, Pos preferred,
            DataCover cover, Rectangle2D current) {
        List<Pos> order = new ArrayList<>(ORDER);
        order.remove(preferred);
        order.add(0, preferred);
        Rectangle2D best = null;
        double bestCover = Double.POSITIVE_INFINITY;
        boolean currentIsCandidate = false;
        for (Pos pos : order) {
            Rectangle2D box = at(area, width, height, inset, pos);
            currentIsCandidate |= box.equals(current);
            double c = cover.covered(box);
            if (c < bestCover) {
                best = box;
                bestCover = c;
            }
        }
        if (currentIsCandidate && cover.covered(current) <= bestCover + KEEP * cover.total()) {
            return current;
        }
        return best;
    }

    /** The box at a place of the area. */
    static Rectangle2D at(Rectangle2D area, double width, double height, double inset, Pos pos) {
        double x = switch (pos.getHpos()) {
            case LEFT -> area.getMinX() + inset;
            case RIGHT -> area.getMaxX() - inset - width;
            default -> area.getMinX() + (area.getWidth() - width) / 2;
        };
        double y = pos.getVpos() == VPos.TOP ? area.getMinY() + inset
                : pos.getVpos() == VPos.BOTTOM || pos.getVpos() == VPos.BASELINE ? area.getMaxY() - inset - height
                : area.getMinY() + (area.getHeight() - height) / 2;
        return new Rectangle2D(Math.round(x), Math.round(y), width, height);
    }
}
