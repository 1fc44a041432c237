package org.sgdvalley.engine.run;

import java.util.List;
import org.sgdvalley.engine.optim.BatchSampler;

/**
 * Everything that determines a run's future: iteration, parameters, sampler and noise generator
 * states, and the live step-size scale with the changes that set it.
 */
public record RunState(long iteration, double[] params, BatchSampler.State sampler, long labelNoiseState,
                       double scale, List<StepSizeChange> changes) {
}
