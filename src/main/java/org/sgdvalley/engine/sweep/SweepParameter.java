package org.sgdvalley.engine.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.optim.DecaySpec;
import org.sgdvalley.engine.optim.OptimizerSpec;
import org.sgdvalley.engine.optim.ScheduleSpec;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;

/**
 * A parameter of one run of a preset that a sweep can vary. Each sets its value into a copy of the
 * preset's spec, or explains in one line why it cannot.
 */
public enum SweepParameter {
    /** The base step size eta of the run's schedule. */
    STEP_SIZE("step_size", "step size \u03b7", false),
    /** The fraction of training at which the first decay happens (the later ones keep their place). */
    DECAY_AT("decay_at", "decay at (fraction of training)", false),
    /** The fraction of training at which a warm-up stops growing (E4's warm-up length s). */
    WARMUP_UNTIL("warmup_until", "warm-up until (fraction of training)", false),
    /** The seed of the data draw (shared by every run of the preset). */
    DATA_SEED("data_seed", "data seed", true),
    /** The seed of the run's minibatch stream. */
    SGD_SEED("sgd_seed", "SGD seed", true),
    /** The run's minibatch size. */
    BATCH("batch", "batch size", true),
    /** A factor multiplying every initialization scale of the model (u0 and v0 of the diagonal network). */
    INIT_SCALE("init_scale", "initialization scale (x the preset's)", false);

    private final String key;
    private final String title;
    private final boolean integer;

    SweepParameter(String key, String title, boolean integer) {
        this.key = key;
        this.title = title;
        this.integer = integer;
    }

    /** A short axis title for people. */
    public String title() {
        return title;
    }

    /** The name used on the command line and in the CSV header. */
    public String key() {
        return key;
    }

    /** Whether the values are whole numbers (seeds and batch sizes). */
    public boolean integer() {
        return integer;
    }

    /** The parameter with that key, or null. */
    public static SweepParameter byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst().orElse(null);
    }

    /** Every key, for messages. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(SweepParameter::key).toList();
    }

    /**
     * The preset with this parameter of run {@code runIndex} set to {@code value}.
     *
     * @throws IllegalArgumentException naming the value and what is allowed, when it does not apply
     */
    public ExperimentSpec apply(ExperimentSpec spec, int runIndex, double value) {
        RunSpec run = spec.runs().get(runIndex);
        return switch (this) {
            case STEP_SIZE -> withRun(spec, runIndex, run.withStepSize(require(value, value > 0, "a number > 0")));
            case DECAY_AT -> withRun(spec, runIndex, new RunSpec(run.label(), run.optimizer(),
                    withFirstDecay(run, require(value, value > 0 && value < 1, "a fraction in (0, 1)"))));
            case WARMUP_UNTIL -> withRun(spec, runIndex, new RunSpec(run.label(), run.optimizer(),
                    withWarmupUntil(run, require(value, value > 0 && value <= 1, "a fraction in (0, 1]"))));
            case DATA_SEED -> withData(spec, seed(value));
            case SGD_SEED -> withRun(spec, runIndex, new RunSpec(run.label(), run.optimizer().withSeed(seed(value)),
                    run.schedule()));
            case BATCH -> withRun(spec, runIndex, new RunSpec(run.label(), withBatch(run.optimizer(), value,
                    spec.data().n()), run.schedule()));
            case INIT_SCALE -> withModel(spec, scaled(spec.model(), require(value, value > 0, "a number > 0")));
        };
    }

    /** Where a decay sits as a fraction of training, whether the preset wrote a fraction or an iteration. */
    private static double decayFraction(DecaySpec decay, long iterations) {
        return Double.isNaN(decay.fraction()) ? (double) decay.iteration() / iterations : decay.fraction();
    }

    /** The value of this parameter in run {@code runIndex} of the preset, or NaN if it has none. */
    public double valueIn(ExperimentSpec spec, int runIndex) {
        RunSpec run = spec.runs().get(runIndex);
        ScheduleSpec schedule = run.schedule();
        return switch (this) {
            case STEP_SIZE -> schedule.stepSize();
            case DECAY_AT -> schedule.decays().isEmpty() ? Double.NaN
                    : decayFraction(schedule.decays().get(0), spec.iterations());
            case WARMUP_UNTIL -> warmupFraction(schedule);
            case DATA_SEED -> spec.data().seed() < 0 ? Double.NaN : spec.data().seed();
            case SGD_SEED -> run.optimizer().fullBatch() ? Double.NaN : run.optimizer().seed();
            case BATCH -> run.optimizer().fullBatch() ? Double.NaN : run.optimizer().batchSize();
            case INIT_SCALE -> 1.0;
        };
    }

    private static double warmupFraction(ScheduleSpec schedule) {
        if (!Double.isNaN(schedule.warmupUntil())) {
            return schedule.warmupUntil();
        }
        return schedule.decays().stream().mapToDouble(DecaySpec::fraction).filter(f -> !Double.isNaN(f)).min()
                .orElse(Double.NaN);
    }

    private double require(double value, boolean ok, String allowed) {
        if (!ok || !Double.isFinite(value)) {
            throw new IllegalArgumentException(key + " must be " + allowed + ", got " + value);
        }
        return value;
    }

    private long seed(double value) {
        return (long) require(value, value >= 0 && value <= 1e15 && value == Math.rint(value),
                "a whole number in [0, 1e15]");
    }

    private OptimizerSpec withBatch(OptimizerSpec optimizer, double value, int n) {
        if (optimizer.fullBatch()) {
            throw new IllegalArgumentException("batch does not apply to a full-batch GD run");
        }
        int batch = (int) require(value, value >= 1 && value <= n && value == Math.rint(value),
                "a whole number in [1, n=" + n + "]");
        return new OptimizerSpec(false, batch, optimizer.withReplacement(), optimizer.labelNoise(), optimizer.seed());
    }

    private ScheduleSpec withFirstDecay(RunSpec run, double fraction) {
        ScheduleSpec s = run.schedule();
        if (s.decays().isEmpty()) {
            throw new IllegalArgumentException("decay_at needs a run with a step-size decay; \"" + run.label()
                    + "\" has none");
        }
        List<DecaySpec> decays = new ArrayList<>(s.decays());
        decays.set(0, DecaySpec.atFraction(fraction, decays.get(0).factor()));
        ScheduleSpec.Shape shape = s.shape() == ScheduleSpec.Shape.CONSTANT ? ScheduleSpec.Shape.PIECEWISE : s.shape();
        return new ScheduleSpec(shape, s.stepSize(), decays, s.warmupFactor(), s.warmupPower(), s.warmupUntil());
    }

    /**
     * The warm-up grows until {@code fraction}; when the schedule's warm-up ended at its first decay
     * (as in E4), that decay moves with it, so the large step still ends where the warm-up does.
     */
    private ScheduleSpec withWarmupUntil(RunSpec run, double fraction) {
        ScheduleSpec s = run.schedule();
        if (s.shape() != ScheduleSpec.Shape.LINEAR_WARMUP && s.shape() != ScheduleSpec.Shape.POWER_WARMUP
                && s.shape() != ScheduleSpec.Shape.EXPONENTIAL_WARMUP) {
            throw new IllegalArgumentException("warmup_until needs a run with a warm-up; \"" + run.label()
                    + "\" has none");
        }
        if (Double.isNaN(s.warmupUntil()) && !s.decays().isEmpty()) {
            return withFirstDecay(run, Math.min(fraction, Math.nextDown(1.0)));
        }
        return new ScheduleSpec(s.shape(), s.stepSize(), s.decays(), s.warmupFactor(), s.warmupPower(), fraction);
    }

    private static ModelSpec scaled(ModelSpec model, double factor) {
        if (model instanceof ModelSpec.Diagonal d) {
            return new ModelSpec.Diagonal(d.u0() * factor, d.v0() * factor);
        }
        if (model instanceof ModelSpec.Toy t) {
            return new ModelSpec.Toy(t.theta0() * factor);
        }
        ModelSpec.Relu r = (ModelSpec.Relu) model;
        return new ModelSpec.Relu(r.hidden(), r.bias(), r.outputBias(), scaled(r.firstLayer(), factor),
                scaled(r.deeperLayers(), factor), scaled(r.biases(), factor), scaled(r.output(), factor));
    }

    private static ModelSpec.Init scaled(ModelSpec.Init init, double factor) {
        return init == null ? null : new ModelSpec.Init(init.distribution(), init.scale() * factor);
    }

    private ExperimentSpec withData(ExperimentSpec spec, long seed) {
        if (spec.data().seed() < 0) {
            throw new IllegalArgumentException("data_seed does not apply: the data of " + spec.name()
                    + " are fixed points without a seed");
        }
        return new ExperimentSpec(spec.name(), spec.title(), spec.description(), spec.lookFor(), spec.model(),
                spec.data().withSeed(seed), spec.iterations(), spec.evaluation(), spec.metrics(), spec.metricOptions(),
                spec.initSeed(), spec.runs());
    }

    private static ExperimentSpec withModel(ExperimentSpec spec, ModelSpec model) {
        return new ExperimentSpec(spec.name(), spec.title(), spec.description(), spec.lookFor(), model, spec.data(),
                spec.iterations(), spec.evaluation(), spec.metrics(), spec.metricOptions(), spec.initSeed(),
                spec.runs());
    }

    private static ExperimentSpec withRun(ExperimentSpec spec, int runIndex, RunSpec run) {
        List<RunSpec> runs = new ArrayList<>(spec.runs());
        runs.set(runIndex, run);
        return spec.withRuns(runs);
    }
}
