package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The first screen at 1280 x 720 on the preset with the longest texts: one obvious next step (Play),
 * what to look for on top, the description and tuning notes one click away, the parameters in view
 * without scrolling.
 */
class FirstScreenTest extends WindowTest {
    @Override
    protected String preset() {
        return "diag-sgd-decay";
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void playIsTheProminentNextStep(FxRobot robot) {
        Button play = robot.lookup("#play").queryButton();
        Button step = robot.lookup("#step").queryButton();
        assertThat(play.getText()).isEqualTo("Play");
        assertThat(play.getFont().getSize()).as("Play in larger type than Step").isGreaterThan(step.getFont().getSize());
        assertThat(play.getWidth()).isGreaterThan(step.getWidth());
        assertThat(inWindow(play)).isTrue();
    }

    @Test
    void whatToLookForLeadsAndTheLongTextsWaitOneClickAway(FxRobot robot) {
        ScrollPane side = robot.lookup("#side-panel").queryAs(ScrollPane.class);
        Label lookFor = robot.lookup("#look-for").queryAs(Label.class);
        Label description = robot.lookup("#description").queryAs(Label.class);
        Label tuning = robot.lookup("#tuning-notes").queryAs(Label.class);
        assertThat(lookFor.getText()).startsWith("The large-step runs' training loss hovering in a band");
        assertThat(shownIn(side, lookFor)).as("what to look for in view").isTrue();
        assertThat(lookFor.getFont().getSize()).isGreaterThan(description.getFont().getSize());
        assertThat(description.isVisible() && shownIn(side, description)).as("description collapsed").isFalse();
        assertThat(description.getText()).startsWith("A diagonal linear network").doesNotContain("Tuning");
        assertThat(tuning.getText()).startsWith("the paper uses 0.25 (constant)");

        TitledPane about = robot.lookup("#about-preset").queryAs(TitledPane.class);
        robot.interact(() -> {
            about.setAnimated(false);
            about.setExpanded(true);
        });
        robot.interact(() -> side.getScene().getRoot().layout());
        assertThat(description.isVisible() && shownIn(side, description)).as("one click shows it").isTrue();
    }

    @Test
    void theParametersAreInViewWithoutScrolling(FxRobot robot) {
        ScrollPane side = robot.lookup("#side-panel").queryAs(ScrollPane.class);
        TextField first = robot.lookup(".property-sheet .text-field").queryAs(TextField.class);
        assertThat(side.getVvalue()).isZero();
        assertThat(shownIn(side, first)).as("first parameter field in view at %s", first.localToScene(
                first.getLayoutBounds())).isTrue();
    }

    /**
     * Whether {@code node} lies wholly in the visible part of {@code scroll} and the window, and of every
     * titled pane around it (a collapsed one shows only its title).
     */
    private static boolean shownIn(ScrollPane scroll, Node node) {
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        Bounds box = node.localToScene(node.getLayoutBounds());
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TitledPane pane && !pane.localToScene(pane.getLayoutBounds()).contains(box)) {
                return false;
            }
        }
        return node.isVisible() && viewport.contains(box) && inWindow(node);
    }

    private static boolean inWindow(Node node) {
        Bounds box = node.localToScene(node.getLayoutBounds());
        return box.getMinX() >= 0 && box.getMinY() >= 0 && box.getMaxX() <= node.getScene().getWidth()
                && box.getMaxY() <= node.getScene().getHeight();
    }
}
