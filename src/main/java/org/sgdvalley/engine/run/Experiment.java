package org.sgdvalley.engine.run;

import java.util.List;
import org.sgdvalley.engine.data.Dataset;
import org.sgdvalley.engine.metric.MetricContext;
import org.sgdvalley.engine.metric.MetricSet;
import org.sgdvalley.engine.model.Model;

/** An experiment built from its spec: the data drawn, the model made, every run at its start. */
public final class Experiment {
    private final ExperimentSpec spec;
    private final Dataset data;
    private final Model model;
    private final MetricSet metrics;
    private final List<Run> runs;

    /** Draws the data and initializes every run. */
    public Experiment(ExperimentSpec spec) {
        this(spec, spec.data().generate());
    }

    /**
     * Initializes every run on {@code data}, which must be what {@code spec.data().generate()} draws
     * (many experiments on the same data can then share one draw and its cached Gram matrices).
     */
    public Experiment(ExperimentSpec spec, Dataset data) {
        this.spec = spec;
        this.data = data;
        this.model = spec.model().build(data.d());
        this.metrics = new MetricSet(spec.metrics(), model);
        // one model instance per run: models may keep scratch buffers and runs step on different threads
        this.runs = spec.runs().stream()
                .map(r -> new Run(r.label(), spec.model().build(data.d()), data, r.optimizer(), r.schedule().resolve(spec.iterations()),
                        spec.initSeed()))
                .toList();
    }

    public ExperimentSpec spec() {
        return spec;
    }

    public Dataset data() {
        return data;
    }

    /** A model instance for the caller's thread (each run has its own). */
    public Model model() {
        return model;
    }

    public MetricSet metrics() {
        return metrics;
    }

    public List<Run> runs() {
        return runs;
    }

    /**
     * Evaluates only the cheap or only the expensive metrics on a run's iterate into {@code row};
     * returns the indices of the columns written.
     */
    public int[] evaluate(Run run, boolean expensive, double[] row) {
        return metrics.evaluate(context(run), expensive, row);
    }

    private MetricContext context(Run run) {
        return new MetricContext(run.model(), data, run.params(), run.stepSize(), spec.metricOptions());
    }

    /** Evaluates the experiment's metrics on a run's current iterate. */
    public double[] evaluate(Run run) {
        return metrics.evaluate(context(run));
    }
}
