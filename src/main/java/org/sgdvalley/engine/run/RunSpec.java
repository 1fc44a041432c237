package org.sgdvalley.engine.run;

import java.io.Serializable;
import org.sgdvalley.engine.optim.OptimizerSpec;
import org.sgdvalley.engine.optim.ScheduleSpec;

/** One run of an experiment: a label, an optimizer and a step-size schedule. */
public record RunSpec(String label, OptimizerSpec optimizer, ScheduleSpec schedule) implements Serializable {

    /** The same run with another base step size. */
    public RunSpec withStepSize(double stepSize) {
        return new RunSpec(label, optimizer, schedule.withStepSize(stepSize));
    }
}
