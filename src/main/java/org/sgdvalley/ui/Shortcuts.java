package org.sgdvalley.ui;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.sgdvalley.ui.classroom.ClassroomActions;
import org.sgdvalley.ui.classroom.ShortcutHelp;

/**
 * Keyboard control for demos: Space play/pause, Right one step, Up/Down step size x/÷ 1.25,
 * R reset, U back to the runs last replaced, L log/linear iteration axis, 1-9 presets, and the classroom keys listed in
 * {@link ShortcutHelp}.
 */
final class Shortcuts {
    /** Factor of one Up or Down press. */
    static final double STEP_FACTOR = 1.25;
    private final MainViewModel vm;
    private final ClassroomActions classroom;

    Shortcuts(MainViewModel vm) {
        this(vm, null);
    }

    Shortcuts(MainViewModel vm, ClassroomActions classroom) {
        this.vm = vm;
        this.classroom = classroom;
    }

    void handle(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            return;
        }
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return;
        }
        if (classroom != null && handleClassroom(e)) {
            e.consume();
            return;
        }
        boolean used = true;
        switch (e.getCode()) {
            case SPACE -> vm.togglePlay();
            case RIGHT -> vm.stepOnce();
            case UP -> vm.controller().scaleStepSizes(STEP_FACTOR);
            case DOWN -> vm.controller().scaleStepSizes(1 / STEP_FACTOR);
            case R -> vm.reset();
            case U -> vm.restoreKept();
            case L -> vm.logIterationAxisProperty().set(!vm.logIterationAxisProperty().get());
            default -> used = openPreset(e);
        }
        if (used) {
            e.consume();
        }
    }

    /** 1-9 (top row or keypad) open the presets in order. */
    private boolean openPreset(KeyEvent e) {
        String name = e.getCode().getName();
        int digit = e.getCode().isDigitKey() ? name.charAt(name.length() - 1) - '0' : -1;
        if (digit < 1 || digit > 9 || digit > vm.presets().size()) {
            return false;
        }
        vm.presetProperty().set(vm.presets().get(digit - 1));
        return true;
    }

    private boolean handleClassroom(KeyEvent e) {
        if ("?".equals(e.getText()) || (e.getCode() == KeyCode.SLASH && e.isShiftDown())) {
            classroom.toggleHelp();
            return true;
        }
        switch (e.getCode()) {
            case F1 -> classroom.toggleHelp();
            case S -> classroom.saveDashboard();
            case B -> classroom.bookmark();
            case J -> classroom.jumpToBookmark();
            case F -> classroom.togglePresenter();
            case C -> classroom.toggleControls();
            case D -> classroom.showView("dashboard");
            case V -> classroom.showView("valley");
            case W -> classroom.showView("sweep");
            case A -> classroom.compare();
            case T -> classroom.toggleTour();
            case N, PAGE_DOWN -> classroom.tourStep(1);
            case P, PAGE_UP -> classroom.tourStep(-1);
            case ESCAPE -> {
                return classroom.escape();
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
