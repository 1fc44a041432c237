package org.sgdvalley.ui.classroom;

import javafx.scene.Node;

/**
 * A view that can be recorded as an animation (the dashboard; other views such as a valley view plug
 * in with {@link Classroom#addRecordable}).
 *
 * @param name shown in the recording dialog
 * @param node the node whose snapshot makes each frame
 */
public record RecordableView(String name, Node node) {
}
