package org.sgdvalley.preset;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * The heap an experiment will need, estimated from its spec before anything is built: each run's
 * parameter-sized arrays, the data, the metric rows of every evaluation point, the activations of a
 * ReLU network and the work arrays of rank and sharpness on each worker thread. Each limit of
 * {@link Limits} bounds one array; this bounds their sum, which is what runs out.
 */
final class MemoryBudget {
    /** Share of the maximum heap an experiment may plan to use (the rest: the JVM, plots, garbage). */
    static final double HEAP_SHARE = 0.8;
    /** Parameter-sized arrays per run: parameters, gradient, two checkpoints, the model's scratch. */
    private static final int PARAMETER_COPIES = 6;
    /** Bytes of one metric row besides its values: the row and its array's headers, the list entry. */
    private static final int ROW_OVERHEAD = 64;

    private MemoryBudget() {
    }

    /** One part of the estimate: the fields it comes from, its size in bytes and how it is made up. */
    record Part(String fields, double bytes, String how) {
    }

    /** The parts of the estimate of {@code spec} on {@code threads} worker threads. */
    static List<Part> parts(ExperimentSpec spec, int threads) {
        DataSpec data = spec.data();
        double parameters = parameters(spec.model(), data.d());
        int runs = spec.runs().size();
        int workers = Math.max(1, Math.min(threads, runs));
        double points = points(spec);
        int columns = spec.metrics().size() + (spec.model() instanceof ModelSpec.Relu r ? r.hidden().size() : 0);
        double inputs = ((double) data.n() + DataReader.nTest(data)) * data.d();
        return List.of(
                new Part("runs, model, data.d", 8.0 * PARAMETER_COPIES * parameters * runs,
                        String.format(Locale.ROOT, "%d runs x %,.0f parameters", runs, parameters)),
                new Part("iterations, evaluation, metrics", points * runs * (8.0 * (columns + 2) + ROW_OVERHEAD),
                        String.format(Locale.ROOT, "%d runs x %,.0f evaluation points x %d metrics", runs, points,
                                columns)),
                new Part("data.n, data.n_test, data.d", 8.0 * 2 * inputs,
                        String.format(Locale.ROOT, "%,.0f inputs", inputs)),
                new Part("model.hidden, data.n", 8.0 * 2 * activations(spec.model(), data.n()) * workers,
                        "activations of n=" + data.n() + " samples"),
                new Part("metrics, model, data.d", 8.0 * 2 * metricWork(spec, parameters) * workers,
                        "rank's and sharpness's work arrays"));
    }

    /** Estimated heap bytes of {@code spec} run on {@code threads} worker threads. */
    static double bytes(ExperimentSpec spec, int threads) {
        return parts(spec, threads).stream().mapToDouble(Part::bytes).sum();
    }

    /**
     * Refuses a spec whose estimate exceeds {@link #HEAP_SHARE} of {@code heap} bytes, naming the
     * fields of its largest part.
     */
    static void check(ExperimentSpec spec, long heap, int threads) {
        List<Part> parts = parts(spec, threads);
        double total = parts.stream().mapToDouble(Part::bytes).sum();
        if (total <= HEAP_SHARE * heap) {
            return;
        }
        Part largest = parts.stream().max(Comparator.comparingDouble(Part::bytes)).orElseThrow();
        throw new PresetException(largest.fields(), String.format(Locale.ROOT,
                "the experiment needs about %s of memory (%s of it for %s), more than the %s this Java heap allows "
                        + "(%s maximum); use fewer runs, smaller sizes or fewer evaluation points, or give Java more "
                        + "memory with -Xmx", size(total), size(largest.bytes()), largest.how(),
                size(HEAP_SHARE * heap), size(heap)));
    }

    private static String size(double bytes) {
        return bytes >= 1e9 ? String.format(Locale.ROOT, "%.1f GB", bytes / 1e9)
                : String.format(Locale.ROOT, "%.0f MB", Math.ceil(bytes / 1e6));
    }

    /** Number of parameters of {@code model} in input dimension {@code d}. */
    static double parameters(ModelSpec model, int d) {
        if (model instanceof ModelSpec.Relu relu) {
            return ModelReader.reluParameters(relu, d);
        }
        return model instanceof ModelSpec.Toy ? 1 : 2.0 * d;
    }

    private static double points(ExperimentSpec spec) {
        var plan = spec.evaluation();
        if (plan.every() > 0) {
            return Math.floor((double) spec.iterations() / plan.every()) + 2;
        }
        return Math.min((double) plan.first() + plan.spaced() + 1, spec.iterations() + 1.0);
    }

    private static double activations(ModelSpec model, int n) {
        return model instanceof ModelSpec.Relu relu
                ? (double) n * relu.hidden().stream().mapToLong(Integer::longValue).sum() : 0;
    }

    private static double metricWork(ExperimentSpec spec, double parameters) {
        double work = 0;
        if (spec.metrics().contains("rank")) {
            double rows = spec.model() instanceof ModelSpec.Diagonal ? 2.0 * spec.data().d() : spec.data().n();
            work += rows * parameters;
        }
        if (spec.metrics().contains("sharpness")) {
            work += 8 * parameters;
        }
        return work;
    }
}
