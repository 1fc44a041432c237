package org.sgdvalley.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.optim.DecaySpec;
import org.sgdvalley.engine.optim.OptimizerSpec;
import org.sgdvalley.engine.optim.ScheduleSpec;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;

/** The editable parameters of an experiment: seeds, sizes, initialization, batch and step sizes. */
public final class Parameters {
    private static final double MAX_ITERATIONS = 1e9;
    private static final double MAX_SEED = 1e15;
    /** At most this many input values (train and test), 400 MB of doubles, so a typo cannot exhaust memory. */
    private static final double MAX_DATA_VALUES = 5e7;

    private Parameters() {
    }

    /** The parameters that apply to {@code spec}'s model and data. */
    public static List<Parameter> of(ExperimentSpec spec) {
        List<Parameter> list = new ArrayList<>();
        list.add(new Parameter("Training", "iterations", "Steps of every run", true, s -> 1, s -> MAX_ITERATIONS,
                s -> s.iterations(), (s, v) -> s.withIterations(v.longValue())));
        list.add(new Parameter("Training", "init_seed", "Seed of the initialization", true, s -> 0, s -> MAX_SEED,
                s -> s.initSeed(), (s, v) -> withInitSeed(s, v.longValue())));
        if (spec.data() instanceof DataSpec.Sparse) {
            addSparseData(list);
        }
        if (spec.model() instanceof ModelSpec.Diagonal) {
            list.add(new Parameter("Model", "model.init.u", "Initial value of every u_i (the scale alpha)", false,
                    s -> 1e-6, s -> 10, s -> ((ModelSpec.Diagonal) s.model()).u0(),
                    (s, v) -> withModel(s, new ModelSpec.Diagonal(v, ((ModelSpec.Diagonal) s.model()).v0()))));
        }
        if (spec.model() instanceof ModelSpec.Toy) {
            list.add(new Parameter("Model", "model.init.theta", "Initial theta of the toy", false, s -> -10, s -> 10,
                    s -> ((ModelSpec.Toy) s.model()).theta0(), (s, v) -> withModel(s, new ModelSpec.Toy(v))));
        }
        for (int i = 0; i < spec.runs().size(); i++) {
            addRun(list, spec.runs().get(i), i);
        }
        return list;
    }

    private static void addSparseData(List<Parameter> list) {
        list.add(sparse("data.n", "Training samples", s -> 1,
                s -> Math.floor(MAX_DATA_VALUES / sparseOf(s).d()) - sparseOf(s).nTest(), DataSpec.Sparse::n,
                (d, v) -> new DataSpec.Sparse(v, d.nTest(), d.d(), d.k(), d.seed())));
        list.add(sparse("data.d", "Input dimension", s -> sparseOf(s).k(),
                s -> Math.floor(MAX_DATA_VALUES / (sparseOf(s).n() + sparseOf(s).nTest())), DataSpec.Sparse::d,
                (d, v) -> new DataSpec.Sparse(d.n(), d.nTest(), v, d.k(), d.seed())));
        list.add(sparse("data.k", "Non-zeros of beta*", s -> 1, s -> sparseOf(s).d(), DataSpec.Sparse::k,
                (d, v) -> new DataSpec.Sparse(d.n(), d.nTest(), d.d(), v, d.seed())));
        list.add(new Parameter("Data", "data.seed", "Seed of the data draw", true, s -> 0, s -> MAX_SEED,
                s -> sparseOf(s).seed(), (s, v) -> {
                    DataSpec.Sparse d = sparseOf(s);
                    return withData(s, new DataSpec.Sparse(d.n(), d.nTest(), d.d(), d.k(), v.longValue()));
                }));
    }

    private static Parameter sparse(String name, String description, ToDoubleFunction<ExperimentSpec> min,
                                    ToDoubleFunction<ExperimentSpec> max, ToDoubleFunction<DataSpec.Sparse> get,
                                    BiFunction<DataSpec.Sparse, Integer, DataSpec> set) {
        return new Parameter("Data", name, description, true, min, max, s -> get.applyAsDouble(sparseOf(s)),
                (s, v) -> withData(s, set.apply(sparseOf(s), v.intValue())));
    }

    private static void addRun(List<Parameter> list, RunSpec run, int index) {
        String path = "runs[" + index + "]";
        String category = "Run: " + run.label();
        list.add(new Parameter(category, path + ".schedule.step_size", "Base step size eta", false,
                s -> 1e-8, s -> 1e3, s -> s.runs().get(index).schedule().stepSize(),
                (s, v) -> withRun(s, index, s.runs().get(index).withStepSize(v))));
        for (int j = 0; j < run.schedule().decays().size(); j++) {
            addDecay(list, category, path, index, j);
        }
        if (!run.optimizer().fullBatch()) {
            list.add(new Parameter(category, path + ".optimizer.batch", "Samples per step", true,
                    s -> 1, s -> s.data().n(), s -> s.runs().get(index).optimizer().batchSize(),
                    (s, v) -> withOptimizer(s, index, o -> new OptimizerSpec(o.fullBatch(), v.intValue(),
                            o.withReplacement(), o.labelNoise(), o.seed()))));
            list.add(new Parameter(category, path + ".optimizer.seed", "Seed of the minibatch order", true,
                    s -> 0, s -> MAX_SEED, s -> s.runs().get(index).optimizer().seed(),
                    (s, v) -> withOptimizer(s, index, o -> o.withSeed(v.longValue()))));
        }
    }

    private static void addDecay(List<Parameter> list, String category, String path, int run, int j) {
        String decay = path + ".schedule.decays[" + j + "]";
        list.add(new Parameter(category, decay + ".factor", "The step size is divided by this factor", false,
                s -> 1e-3, s -> 1e6, s -> decayOf(s, run, j).factor(),
                (s, v) -> withDecay(s, run, j, new DecaySpec(decayOf(s, run, j).fraction(),
                        decayOf(s, run, j).iteration(), v))));
        list.add(new Parameter(category, decay + ".at", "Where the decay happens (fraction of training)", false,
                    s -> 0, s -> 1, s -> fractionOf(decayOf(s, run, j), s.iterations()),
                (s, v) -> withDecay(s, run, j, DecaySpec.atFraction(v, decayOf(s, run, j).factor()))));
    }

    private static double fractionOf(DecaySpec decay, long iterations) {
        return Double.isNaN(decay.fraction()) ? decay.iteration() / (double) iterations : decay.fraction();
    }

    private static DecaySpec decayOf(ExperimentSpec s, int run, int j) {
        return s.runs().get(run).schedule().decays().get(j);
    }

    private static ExperimentSpec withDecay(ExperimentSpec s, int run, int j, DecaySpec decay) {
        RunSpec r = s.runs().get(run);
        List<DecaySpec> decays = new ArrayList<>(r.schedule().decays());
        decays.set(j, decay);
        ScheduleSpec old = r.schedule();
        ScheduleSpec schedule = new ScheduleSpec(old.shape(), old.stepSize(), decays, old.warmupFactor(),
                old.warmupPower(), old.warmupUntil());
        return withRun(s, run, new RunSpec(r.label(), r.optimizer(), schedule));
    }

    private static DataSpec.Sparse sparseOf(ExperimentSpec s) {
        return (DataSpec.Sparse) s.data();
    }

    private static ExperimentSpec withRun(ExperimentSpec s, int index, RunSpec run) {
        List<RunSpec> runs = new ArrayList<>(s.runs());
        runs.set(index, run);
        return s.withRuns(runs);
    }

    private static ExperimentSpec withOptimizer(ExperimentSpec s, int index,
                                                UnaryOperator<OptimizerSpec> change) {
        RunSpec r = s.runs().get(index);
        return withRun(s, index, new RunSpec(r.label(), change.apply(r.optimizer()), r.schedule()));
    }

    private static ExperimentSpec withData(ExperimentSpec s, DataSpec data) {
        return new ExperimentSpec(s.name(), s.title(), s.description(), s.lookFor(), s.model(), data, s.iterations(),
                s.evaluation(), s.metrics(), s.metricOptions(), s.initSeed(), s.runs());
    }

    private static ExperimentSpec withModel(ExperimentSpec s, ModelSpec model) {
        return new ExperimentSpec(s.name(), s.title(), s.description(), s.lookFor(), model, s.data(), s.iterations(),
                s.evaluation(), s.metrics(), s.metricOptions(), s.initSeed(), s.runs());
    }

    private static ExperimentSpec withInitSeed(ExperimentSpec s, long seed) {
        return new ExperimentSpec(s.name(), s.title(), s.description(), s.lookFor(), s.model(), s.data(),
                s.iterations(), s.evaluation(), s.metrics(), s.metricOptions(), seed, s.runs());
    }
}
