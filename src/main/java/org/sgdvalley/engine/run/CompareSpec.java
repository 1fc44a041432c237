package org.sgdvalley.engine.run;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sgdvalley.engine.optim.DecaySpec;
import org.sgdvalley.engine.optim.ScheduleSpec;

/**
 * Builds an A/B comparison from one run of an experiment: side A is that run, side B the contrasting
 * step size (large then decayed against a small constant one, or the other way round). Both sides share
 * the data, the initialization and the optimizer, seed included, so they see the same minibatches in the
 * same order: only the step size differs.
 */
public final class CompareSpec {
    /** Suffix of the name of a comparison experiment. */
    public static final String SUFFIX = " (A/B)";
    private static final double FALLBACK_FACTOR = 1.25;
    private static final double FALLBACK_DECAY = 4;

    private CompareSpec() {
    }

    /** The two-run experiment comparing run {@code index} of {@code spec} (side A) with its contrast (B). */
    public static ExperimentSpec of(ExperimentSpec spec, int index) {
        RunSpec a = spec.runs().get(Math.max(0, Math.min(index, spec.runs().size() - 1)));
        boolean aIsLarge = isLarge(a, spec.runs());
        RunSpec b = aIsLarge ? smallPartner(a, spec.runs()) : largePartner(a, spec.runs());
        RunSpec sideA = new RunSpec("A: " + a.label(), a.optimizer(), a.schedule());
        RunSpec sideB = new RunSpec("B: " + b.label(), a.optimizer(), b.schedule());
        String lookFor = "Same data, same initialization, the same minibatches in the same order: only the step size "
                + "differs. Look for the " + (aIsLarge ? "A" : "B") + " side (large, then decayed) bouncing at a "
                + "stable loss and getting sparser, then reaching about the same training loss as the small "
                + "step, with fewer non-zero features and a lower test loss.";
        return pair(spec, sideA, sideB, lookFor);
    }

    /**
     * The two-run experiment of {@code sideA} and {@code sideB} (labelled "A: ..." and "B: ...") on the
     * model, data and metrics of {@code spec}, named as a comparison.
     */
    public static ExperimentSpec pair(ExperimentSpec spec, RunSpec sideA, RunSpec sideB, String lookFor) {
        String name = spec.name().endsWith(SUFFIX) ? spec.name() : spec.name() + SUFFIX;
        return new ExperimentSpec(name, "A/B: " + sideA.label().substring(3) + " vs " + sideB.label().substring(3),
                spec.description(), lookFor, spec.model(), spec.data(), spec.iterations(), spec.evaluation(),
                spec.metrics(), spec.metricOptions(), spec.initSeed(), List.of(sideA, sideB));
    }

    /** A run counts as large when it is decayed or warmed up, or has the largest step size of all. */
    static boolean isLarge(RunSpec run, List<RunSpec> all) {
        double max = all.stream().mapToDouble(r -> r.schedule().stepSize()).max().orElse(0);
        return run.schedule().shape() != ScheduleSpec.Shape.CONSTANT || !run.schedule().decays().isEmpty()
                || (all.size() > 1 && run.schedule().stepSize() >= max);
    }

    private static RunSpec largePartner(RunSpec a, List<RunSpec> all) {
        Optional<RunSpec> decayed = all.stream()
                .filter(r -> r != a && !r.schedule().decays().isEmpty() && r.schedule().stepSize() > a.schedule().stepSize())
                .max(Comparator.comparingDouble((RunSpec r) -> r.schedule().stepSize())
                        .thenComparingDouble(CompareSpec::firstDecayFraction));
        if (decayed.isPresent()) {
            return decayed.get();
        }
        double eta = a.schedule().stepSize() * FALLBACK_FACTOR;
        return new RunSpec(String.format("eta=%.3g, /%.0f at 50%%", eta, FALLBACK_DECAY), a.optimizer(),
                ScheduleSpec.piecewise(eta, List.of(DecaySpec.atFraction(0.5, FALLBACK_DECAY))));
    }

    private static RunSpec smallPartner(RunSpec a, List<RunSpec> all) {
        Optional<RunSpec> small = all.stream()
                .filter(r -> r != a && r.schedule().shape() == ScheduleSpec.Shape.CONSTANT
                        && r.schedule().stepSize() < a.schedule().stepSize())
                .min(Comparator.comparingDouble(r -> r.schedule().stepSize()));
        if (small.isPresent()) {
            return small.get();
        }
        double eta = a.schedule().stepSize() / FALLBACK_FACTOR;
        return new RunSpec(String.format("eta=%.3g constant", eta), a.optimizer(), ScheduleSpec.constant(eta));
    }

    private static double firstDecayFraction(RunSpec r) {
        return r.schedule().decays().stream().mapToDouble(DecaySpec::fraction).filter(f -> !Double.isNaN(f))
                .min().orElse(0);
    }
}
