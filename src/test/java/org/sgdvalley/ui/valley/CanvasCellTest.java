package org.sgdvalley.ui.valley;

import javafx.scene.Group;
import javafx.scene.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;

/** A Valley-tab canvas tested on its own, at a given size, on the toolkit the window tests share. */
@Timeout(60)
abstract class CanvasCellTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** {@code cell} in a scene of its own, sized {@code width} x {@code height} (call on the FX thread). */
    static <T extends CanvasCell> T sized(T cell, double width, double height) {
        new Scene(new Group(cell), width, height);
        cell.resize(width, height);
        return cell;
    }
}
