package org.sgdvalley.ui.plot;

import javafx.scene.paint.Color;

/**
 * The kinds of loss curve, each with one look in every plot of the app: the train loss solid over the
 * band of its bounce, the test loss dashed, the valley-floor loss dotted, all in their run's colour.
 */
public enum CurveKind {
    /** The training loss: solid, over its min-max envelope. */
    TRAIN("train", LineDash.SOLID, 1.5, true),
    /** The test loss: dashed. */
    TEST("test", LineDash.DASHED, 1.5, false),
    /** The loss at the valley floor: dotted, a little thicker so the dots read. */
    VALLEY_FLOOR("valley floor", LineDash.DOTTED, 2, false);

    private final String label;
    private final LineDash dash;
    private final double width;
    private final boolean envelope;

    CurveKind(String label, LineDash dash, double width, boolean envelope) {
        this.label = label;
        this.dash = dash;
        this.width = width;
        this.envelope = envelope;
    }

    /** The kind's name in a legend: "train", "test", "valley floor". */
    public String label() {
        return label;
    }

    /** The style of a curve of this kind for the run named {@code run}, in the run's colour. */
    public SeriesStyle style(String run, Color color) {
        return new SeriesStyle(run, label, color, width, dash, true, envelope);
    }
}
