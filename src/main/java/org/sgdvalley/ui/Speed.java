package org.sgdvalley.ui;

import org.sgdvalley.ui.base.Format;
import org.sgdvalley.engine.run.ExperimentController;

/**
 * The speed control's scale: a slider position in [0, {@link #MAX_POSITION}] maps to
 * 10^position steps per second, from one step a second (single bounces visible) to 10^5; the very
 * top of the slider is full speed.
 */
public final class Speed {
    /** Slider position meaning full speed. */
    public static final double MAX_POSITION = 5.5;

    private Speed() {
    }

    /** Steps per second for a slider position. */
    public static double stepsPerSecond(double position) {
        return position >= MAX_POSITION - 1e-9 ? ExperimentController.FULL_SPEED : Math.pow(10, position);
    }

    /** A short label: "3 steps/s", "12k steps/s" or "full speed". */
    public static String label(double position) {
        double s = stepsPerSecond(position);
        if (Double.isInfinite(s)) {
            return "full speed";
        }
        return Format.count(s) + (s < 1.5 ? " step/s" : " steps/s");
    }
}
