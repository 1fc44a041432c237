package org.sgdvalley.ui.valley;

import java.util.List;
import org.sgdvalley.engine.model.Model;
import org.sgdvalley.engine.model.QuadraticToy;

/** The pictures the Valley tab can show; {@link #forModel} picks the ones that teach for a preset. */
public enum ValleyPanel {
    /** The loss over a plane with the runs' paths (a model with at least two parameters). */
    LANDSCAPE,
    /** The loss along the sharpest direction through the focused iterate. */
    CROSS_SECTION,
    /** Sharpness of every run against its 2 / eta. */
    SHARPNESS,
    /** Training loss above the valley floor. */
    BOUNCE,
    /** The toy's GD map: where GD settles for each step size. */
    BIFURCATION,
    /** The toy's one parameter hopping across its minimum. */
    TOY_THETA;

    /**
     * The panels for {@code model}: the toy (one parameter, no plane to draw) gets its bifurcation
     * diagram and its iterates in place of the landscape; every other model gets the landscape.
     */
    public static List<ValleyPanel> forModel(Model model) {
        return model instanceof QuadraticToy
                ? List.of(BIFURCATION, TOY_THETA, CROSS_SECTION, SHARPNESS, BOUNCE)
                : List.of(LANDSCAPE, CROSS_SECTION, SHARPNESS, BOUNCE);
    }
}
