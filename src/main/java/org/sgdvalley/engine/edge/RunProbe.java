package org.sgdvalley.engine.edge;

import org.sgdvalley.engine.optim.ScheduleSpec;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.Run;
import org.sgdvalley.engine.run.RunState;

/**
 * A short run of one of an experiment's runs at a constant step size, from a given state (or the
 * initialization), with the run's own optimizer and seeds. It diverges when the run reports divergence
 * or its final training loss is not finite or above {@value #BLOW_UP} times the larger of the loss at
 * the initialization and at the start state.
 */
public final class RunProbe implements EdgeProbe {
    /** Steps of each probe unless told otherwise. */
    public static final long DEFAULT_STEPS = 2000;
    /** How far above its start the loss may end before it counts as diverged. */
    public static final double BLOW_UP = 10;

    private final Experiment experiment;
    private final int runIndex;
    private final RunState from;
    private double[] fromParams;
    private final long steps;

    /**
     * @param from  the state to start each probe from, or null for the initialization
     * @param steps steps of each probe
     */
    public RunProbe(Experiment experiment, int runIndex, RunState from, long steps) {
        if (runIndex < 0 || runIndex >= experiment.runs().size()) {
            throw new IllegalArgumentException("no run " + runIndex);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("a probe needs at least one step");
        }
        this.experiment = experiment;
        this.runIndex = runIndex;
        this.from = from;
        this.steps = steps;
    }

    /**
     * Probes from the parameters {@code params} reached at {@code iteration} (the sampler starts afresh
     * from its seed, which for a short probe matters little).
     */
    public static RunProbe fromParams(Experiment experiment, int runIndex, double[] params, long steps) {
        RunProbe probe = new RunProbe(experiment, runIndex, null, steps);
        probe.fromParams = params.clone();
        return probe;
    }

    @Override
    public boolean diverges(double stepSize) {
        Run template = experiment.runs().get(runIndex);
        long start = from == null ? 0 : from.iteration();
        Run run = new Run(template.label(), experiment.spec().model().build(experiment.data().d()), experiment.data(),
                template.optimizer(), ScheduleSpec.constant(stepSize).resolve(start + steps),
                experiment.spec().initSeed());
        double[] x = experiment.data().xTrain();
        double[] y = experiment.data().yTrain();
        double reference = run.model().loss(run.params(), x, y);
        if (from != null) {
            run.restore(from);
            reference = Math.max(reference, run.model().loss(run.params(), x, y));
        }
        if (fromParams != null) {
            System.arraycopy(fromParams, 0, run.params(), 0, fromParams.length);
            reference = Math.max(reference, run.model().loss(run.params(), x, y));
        }
        run.setStepSize(stepSize);
        for (long s = 0; s < steps && run.divergence() == null; s++) {
            run.step();
        }
        if (run.divergence() != null) {
            return true;
        }
        double end = run.model().loss(run.params(), x, y);
        return !(end <= BLOW_UP * (Double.isFinite(reference) ? reference : 1));
    }
}
