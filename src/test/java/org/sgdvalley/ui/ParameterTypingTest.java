package org.sgdvalley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdvalley.diagnostics.FailureLog;
import org.testfx.api.FxRobot;

/** Garbage typed into every field of the parameter editor: never an internal error, the run kept. */
class ParameterTypingTest extends WindowTest {
    @TempDir
    static Path tmp;

    @Override
    protected String preset() {
        return "diag-sgd-decay";
    }

    @Override
    protected void beforeOpen() {
        System.setProperty(FailureLog.FOLDER_PROPERTY, tmp.resolve("logs").toString());
    }

    @Override
    protected void opened() {
        FailureReporting.install(vm);
    }

    @AfterEach
    void forgetHandler() {
        Thread.setDefaultUncaughtExceptionHandler(null);
    }

    @Test
    void typingGarbageIntoEveryFieldNeverFails(FxRobot robot) {
        int typed = 0;
        int reached = 0;
        for (int i = 0; i < 3; i++) {
            for (String garbage : List.of("99999999999999999999999", "-", "1e999", "abc", "")) {
                List<TextField> fields = robot.lookup(".property-sheet .text-field").queryAllAs(TextField.class)
                        .stream().filter(Node::isVisible).toList();
                assertThat(fields.size()).isGreaterThan(i);
                TextField field = fields.get(i);
                robot.interact(() -> scrollIntoView(field));
                robot.clickOn(field);
                robot.interact(field::selectAll);
                String shown = field.getText();
                if (!garbage.isEmpty()) {
                    robot.write(garbage);
                } else {
                    robot.type(KeyCode.BACK_SPACE);
                }
                if (!field.getText().equals(shown)) {
                    reached++;
                }
                robot.type(KeyCode.ENTER);
                robot.interact(() -> view.dashboard().requestFocus());
                typed++;
                // refused with a message naming the field, or a valid value applied: never an internal error
                assertThat(vm.messageProperty().get()).as("after typing '%s'", garbage)
                        .doesNotStartWith("Internal error");
            }
        }
        assertThat(reached).as("keystrokes that reached a field (the numeric editors drop letters)").isPositive();
        System.out.println("parameter typing: " + typed + " entries, " + reached + " changed a field's text");
        assertThat(tmp.resolve("logs")).as("no internal error was logged").doesNotExist();
        assertThat(vm.controller().isAlive()).isTrue();
        await("trainer answers", () -> vm.statusProperty().get() != null
                && vm.statusProperty().get().generation() == vm.controller().session().generation());
    }

    /** Scrolls every pane around {@code node}, as a user would, until it is in view (a long description can push it down). */
    private static void scrollIntoView(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double hidden = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(hidden <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / hidden)));
                scroll.layout();
            }
        }
    }
}
