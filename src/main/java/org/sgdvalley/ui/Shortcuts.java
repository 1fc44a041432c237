package org.sgdvalley.ui;

import javafx.scene.input.KeyEvent;

/**
 * Keyboard control for demos: Space play/pause, Right one step, Up/Down step size x/÷ 1.25,
 * R reset, L log/linear iteration axis.
 */
final class Shortcuts {
    /** Factor of one Up or Down press. */
    static final double STEP_FACTOR = 1.25;
    private final MainViewModel vm;

    Shortcuts(MainViewModel vm) {
        this.vm = vm;
    }

    void handle(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        boolean used = true;
        switch (e.getCode()) {
            case SPACE -> vm.togglePlay();
            case RIGHT -> vm.stepOnce();
            case UP -> vm.controller().scaleStepSizes(STEP_FACTOR);
            case DOWN -> vm.controller().scaleStepSizes(1 / STEP_FACTOR);
            case R -> vm.reset();
            case L -> vm.logIterationAxisProperty().set(!vm.logIterationAxisProperty().get());
            default -> used = false;
        }
        if (used) {
            e.consume();
        }
    }
}
