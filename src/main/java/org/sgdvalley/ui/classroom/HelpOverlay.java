package org.sgdvalley.ui.classroom;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The keyboard shortcuts in large type over the plots (F1 or ?); a click or Esc closes it. */
final class HelpOverlay extends StackPane {

    HelpOverlay() {
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        GridPane table = new GridPane();
        table.setHgap(28);
        table.setVgap(6);
        int row = 0;
        for (ShortcutHelp.Entry e : ShortcutHelp.ENTRIES) {
            Label key = new Label(e.keys());
            key.getStyleClass().add("help-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(e.action());
            action.getStyleClass().add("help-action");
            table.addRow(row++, key, action);
        }
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("help-title");
        Label close = new Label("F1, ? or Esc to close");
        close.getStyleClass().add("help-action");
        // at presenter view's type on a 720-pixel screen the table is taller than the window: it scrolls
        ScrollPane rows = new ScrollPane(table);
        rows.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        rows.minViewportWidthProperty().bind(table.widthProperty());
        rows.getStyleClass().add("help-rows");
        VBox.setVgrow(rows, Priority.ALWAYS);
        VBox box = new VBox(14, title, rows, close);
        box.getStyleClass().add("help-box");
        box.setPadding(new Insets(24, 36, 24, 36));
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().add(box);
        setAlignment(Pos.CENTER);
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
    }
}
