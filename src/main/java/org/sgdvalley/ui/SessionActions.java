package org.sgdvalley.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.sgdvalley.ui.base.TaskExecutor;

/**
 * File menu items "Save session..." and "Open session...": choose a file, confirm before replacing one,
 * then save or open off the JavaFX thread and report the outcome in the status bar.
 */
final class SessionActions {
    private final MainViewModel vm;
    private final SessionStore store;

    SessionActions(MainViewModel vm) {
        this.vm = vm;
        this.store = new SessionStore(vm);
    }

    /** The menu items, to put before Quit. */
    List<MenuItem> menuItems(Supplier<Window> window) {
        MenuItem save = new MenuItem("Save session...");
        save.setId("save-session");
        save.setOnAction(e -> saveAs(window.get()));
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        MenuItem open = new MenuItem("Open session...");
        open.setId("open-session");
        open.setOnAction(e -> open(window.get()));
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        return List.of(open, save, new SeparatorMenuItem());
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SGD Valley sessions", "*.sgdsession"));
        return chooser;
    }

    private void saveAs(Window window) {
        FileChooser chooser = chooser("Save session");
        chooser.setInitialFileName(vm.presetProperty().get().name() + ".sgdsession");
        File chosen = chooser.showSaveDialog(window);
        if (chosen == null) {
            return;
        }
        Path file = chosen.toPath();
        if (Files.exists(file) && !confirmReplace(file)) {
            vm.showMessage("Not saved: " + file + " kept as it was");
            return;
        }
        background(() -> store.save(file, true), vm::showMessage);
    }

    private void open(Window window) {
        File chosen = chooser("Open session").showOpenDialog(window);
        if (chosen == null) {
            return;
        }
        background(() -> store.open(chosen.toPath()), opened -> {
            if (opened.apply() != null) {
                opened.apply().run();
            }
            vm.showMessage(opened.message());
        });
    }

    private static boolean confirmReplace(Path file) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, file + " already exists. Replace it?",
                ButtonType.YES, ButtonType.NO);
        alert.setHeaderText("Replace the session file?");
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }

    /** Runs {@code work} on the window's task executor and hands its result to {@code done} on the JavaFX thread. */
    private <T> void background(Supplier<T> work, Consumer<T> done) {
        TaskExecutor tasks = vm.tasks();
        tasks.execute(() -> {
            T result = work.get();
            tasks.onUiThread(() -> done.accept(result));
        });
    }
}
