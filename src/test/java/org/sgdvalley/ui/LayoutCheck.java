package org.sgdvalley.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.sgdvalley.ui.base.DrawnLayout;

/**
 * Reads a laid-out window, not its pixels, for what a projected window must never show: text cut short,
 * text over text, a control outside the window, a legend over the data. JavaFX controls are read from
 * their skins (the text a skin shows against the text it was given); canvas pictures from the
 * {@link DrawnLayout} they report. Only what is on show counts: hidden nodes, unselected tabs, the part
 * of a scroll pane scrolled out of view and passing notices (toasts) are left out.
 */
final class LayoutCheck {
    /** The largest share of its drawn data a picture's legends and labels may cover. */
    static final double MAX_LEGEND_COVER = 0.05;
    /** Boxes may touch by this much (anti-aliasing, rounding) before they count as overlapping, in pixels. */
    private static final double SLACK = 1.5;

    private final List<String> problems = new ArrayList<>();
    private final List<Box> texts = new ArrayList<>();
    private final Rectangle2D window;

    private LayoutCheck(Scene scene) {
        window = new Rectangle2D(0, 0, scene.getWidth(), scene.getHeight());
    }

    /** Every control problem in {@code scene}: text cut short, controls outside the window. */
    static List<String> controls(Scene scene) {
        LayoutCheck check = new LayoutCheck(scene);
        check.walk(scene.getRoot(), check.window, false);
        return check.problems;
    }

    /** Every problem in {@code scene}: those of {@link #controls} and of canvas pictures, and text over text. */
    static List<String> all(Scene scene) {
        LayoutCheck check = new LayoutCheck(scene);
        check.walk(scene.getRoot(), check.window, true);
        check.overlaps();
        return check.problems;
    }

    private void walk(Node node, Rectangle2D shown, boolean pictures) {
        if (!node.isVisible() || node.getOpacity() == 0 || node.getStyleClass().contains("toast")) {
            return; // a toast is a passing notice over the content, gone by itself in seconds
        }
        Rectangle2D box = sceneBox(node, node.getLayoutBounds());
        if (node instanceof Control control && !insideScrolled(box, shown)) {
            return; // scrolled out of view
        }
        if (node instanceof Control control && shown == window && !contains(window, box)) {
            problems.add(String.format(Locale.ROOT, "%s lies outside the %.0fx%.0f window at %s", name(control),
                    window.getWidth(), window.getHeight(), rect(box)));
        }
        if (node instanceof Labeled labeled) {
            labeled(labeled, shown);
        }
        if (pictures && node instanceof DrawnLayout.Source source) {
            picture(node, source.drawnLayout(), shown);
        }
        if (node instanceof ScrollPane scroll) {
            Rectangle2D viewport = sceneBox(scroll, scroll.getLayoutBounds());
            shown = intersection(shown, viewport);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, shown, pictures);
            }
        }
    }

    private void labeled(Labeled labeled, Rectangle2D shown) {
        String given = labeled.getText();
        if (given == null || given.isBlank()) {
            return;
        }
        Text drawn = labeled.lookupAll(".text").stream().filter(n -> n instanceof Text && n.getParent() == labeled)
                .map(n -> (Text) n).findFirst().orElse(null);
        if (drawn == null) {
            return; // not skinned yet or graphic only
        }
        String displayed = drawn.getText();
        boolean cut = !displayed.replace("\n", " ").strip().equals(given.replace("\n", " ").strip())
                && !labeled.isWrapText();
        boolean elided = (displayed.endsWith("…") || displayed.endsWith("...")) && !given.endsWith(displayed.substring(
                displayed.length() - 1));
        if (cut || elided) {
            problems.add(String.format("%s shows \"%s\" for \"%s\"", name(labeled), displayed, given));
        }
        Rectangle2D box = intersection(sceneBox(drawn, drawn.getLayoutBounds()), shown);
        if (box != null && drawn.isVisible()) {
            texts.add(new Box(name(labeled) + " \"" + displayed + "\"", box, labeled));
        }
    }

    private void picture(Node node, DrawnLayout layout, Rectangle2D shown) {
        if (layout == null) {
            return;
        }
        String name = name(node);
        for (DrawnLayout.DrawnText t : layout.texts()) {
            if (t.shortened()) {
                problems.add(String.format("%s shortened the text \"%s\"", name, t.text()));
            }
            Rectangle2D box = intersection(sceneBox(node, t.box()), shown);
            if (box != null) {
                texts.add(new Box(name + " text \"" + t.text() + "\"", box, node));
            }
        }
        if (layout.legendCoverOfData() > MAX_LEGEND_COVER) {
            problems.add(String.format(Locale.ROOT, "%s: legends and labels cover %.0f%% of the drawn data (at most %.0f%%)",
                    name, 100 * layout.legendCoverOfData(), 100 * MAX_LEGEND_COVER));
        }
    }

    private void overlaps() {
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Box a = texts.get(i);
                Box b = texts.get(j);
                if (a.owner != b.owner || a.owner instanceof DrawnLayout.Source) {
                    Rectangle2D both = intersection(shrunk(a.box), shrunk(b.box));
                    if (both != null && !related(a.owner, b.owner)) {
                        problems.add(a.what + " lies over " + b.what);
                    }
                }
            }
        }
    }

    /** Whether one node contains the other: a control's own parts may overlap by design. */
    private static boolean related(Node a, Node b) {
        if (a == b) {
            return false;
        }
        for (Node p = a; p != null; p = p.getParent()) {
            if (p == b) {
                return true;
            }
        }
        for (Node p = b; p != null; p = p.getParent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideScrolled(Rectangle2D box, Rectangle2D shown) {
        return box != null && intersection(box, shown) != null;
    }

    private static Rectangle2D sceneBox(Node node, Bounds local) {
        Bounds b = node.localToScene(local);
        return new Rectangle2D(b.getMinX(), b.getMinY(), Math.max(0, b.getWidth()), Math.max(0, b.getHeight()));
    }

    private static Rectangle2D sceneBox(Node node, Rectangle2D local) {
        return sceneBox(node, new BoundingBox(local.getMinX(), local.getMinY(), local.getWidth(),
                local.getHeight()));
    }

    private static boolean contains(Rectangle2D outer, Rectangle2D inner) {
        return inner.getMinX() >= outer.getMinX() - SLACK && inner.getMinY() >= outer.getMinY() - SLACK
                && inner.getMaxX() <= outer.getMaxX() + SLACK && inner.getMaxY() <= outer.getMaxY() + SLACK;
    }

    private static Rectangle2D shrunk(Rectangle2D r) {
        double dx = Math.min(SLACK, r.getWidth() / 2);
        double dy = Math.min(SLACK, r.getHeight() / 2);
        return new Rectangle2D(r.getMinX() + dx, r.getMinY() + dy, r.getWidth() - 2 * dx, r.getHeight() - 2 * dy);
    }

    /** The common part of two rectangles, or null when they do not overlap. */
    private static Rectangle2D intersection(Rectangle2D a, Rectangle2D b) {
        if (a == null || b == null) {
            return null;
        }
        double x0 = Math.max(a.getMinX(), b.getMinX());
        double y0 = Math.max(a.getMinY(), b.getMinY());
        double x1 = Math.min(a.getMaxX(), b.getMaxX());
        double y1 = Math.min(a.getMaxY(), b.getMaxY());
        return x1 <= x0 || y1 <= y0 ? null : new Rectangle2D(x0, y0, x1 - x0, y1 - y0);
    }

    private static String name(Node node) {
        String kind = node.getClass().getSimpleName().isEmpty() ? node.getClass().getName()
                : node.getClass().getSimpleName();
        if (node.getId() != null) {
            return kind + "#" + node.getId();
        }
        if (node instanceof Labeled labeled) {
            return kind + " '" + labeled.getText() + "'";
        }
        return kind;
    }

    private static String rect(Rectangle2D r) {
        return String.format(Locale.ROOT, "(%.0f,%.0f %.0fx%.0f)", r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    private record Box(String what, Rectangle2D box, Node owner) {
    }
}
