package org.sgdvalley.ui.classroom;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;

/** A message shown for a few seconds over the plots, where the status bar is folded away (presenter view). */
final class Toast extends Label {
    private final PauseTransition timer = new PauseTransition(Duration.seconds(4));

    Toast() {
        setId("toast");
        getStyleClass().add("toast");
        setVisible(false);
        setMouseTransparent(true);
        timer.setOnFinished(e -> setVisible(false));
    }

    /** Shows {@code text} for a few seconds; blank text shows nothing. */
    void show(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        setText(text);
        setVisible(true);
        timer.playFromStart();
    }
}
