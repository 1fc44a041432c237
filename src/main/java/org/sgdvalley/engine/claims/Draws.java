package org.sgdvalley.engine.claims;

import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;

/**
 * The draws a claim is checked on. Draw {@code i} from base {@code seed} is the preset with every seed
 * shifted by {@code seed + i}: the data seed (new data, except for fixed data such as E4's points), the
 * initialization seed and each SGD run's sampling seed. Draw 0 from base 0 is the preset itself, and any
 * draw can be opened in the app by adding its shift to the preset's seeds.
 */
public final class Draws {
    private Draws() {
    }

    /** The preset's experiment with every seed shifted by {@code shift}. */
    public static ExperimentSpec shifted(ExperimentSpec spec, long shift) {
        return new ExperimentSpec(spec.name(), spec.title(), spec.description(), spec.lookFor(), spec.model(),
                spec.data().withSeedShift(shift), spec.iterations(), spec.evaluation(), spec.metrics(),
                spec.metricOptions(), spec.initSeed() + shift,
                spec.runs().stream().map(r -> shifted(r, shift)).toList());
    }

    private static RunSpec shifted(RunSpec run, long shift) {
        if (run.optimizer().fullBatch()) {
            return run;
        }
        return new RunSpec(run.label(), run.optimizer().withSeed(run.optimizer().seed() + shift), run.schedule());
    }
}
