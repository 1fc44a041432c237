package org.sgdvalley.engine.claims;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.sgdvalley.engine.optim.DecaySpec;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * The claims each bundled preset's "what to look for" makes, as checkable statements on the preset's
 * runs (by index, in the preset's order). The thresholds are the ones the texts state.
 */
public final class PresetClaims {
    private static final Map<String, Function<ExperimentSpec, ClaimSet>> CLAIMS = Map.of(
            "diag-sgd-decay", PresetClaims::diagSgdDecay,
            "diag-gd-vs-sgd", PresetClaims::diagGdVsSgd,
            "diag-valley-2d", PresetClaims::diagValley2d,
            "relu-1d-warmup", PresetClaims::relu1dWarmup,
            "relu-teacher-student", PresetClaims::reluTeacherStudent,
            "relu-three-layer", PresetClaims::reluThreeLayer,
            "toy-quadratic", PresetClaims::toyQuadratic);
    /** Runs each preset's claims refer to. */
    private static final Map<String, Integer> RUNS = Map.of("diag-sgd-decay", 4, "diag-gd-vs-sgd", 5,
            "diag-valley-2d", 3, "relu-1d-warmup", 2, "relu-teacher-student", 4, "relu-three-layer", 4,
            "toy-quadratic", 3);

    private PresetClaims() {
    }

    /** The names of the presets that have claims, sorted. */
    public static List<String> names() {
        return CLAIMS.keySet().stream().sorted().toList();
    }

    /**
     * The claims of the preset named {@code spec.name()}.
     *
     * @throws IllegalArgumentException if no claims are written for that name or the spec does not have
     *                                  the runs they compare
     */
    public static ClaimSet forSpec(ExperimentSpec spec) {
        Function<ExperimentSpec, ClaimSet> claims = CLAIMS.get(spec.name());
        if (claims == null) {
            throw new IllegalArgumentException("no claims are written for preset \"" + spec.name()
                    + "\"; presets with claims: " + String.join(", ", names()));
        }
        int runs = RUNS.get(spec.name());
        if (spec.runs().size() != runs) {
            throw new IllegalArgumentException("the claims of " + spec.name() + " compare the bundled preset's "
                    + runs + " runs, but this one has " + spec.runs().size());
        }
        return claims.apply(spec);
    }

    private static long decayAt(ExperimentSpec spec, int run) {
        List<DecaySpec> decays = spec.runs().get(run).schedule().decays();
        if (decays.isEmpty()) {
            throw new IllegalArgumentException("the claims of " + spec.name() + " need a step-size decay in run \""
                    + spec.runs().get(run).label() + "\"");
        }
        return decays.get(0).iteration(spec.iterations());
    }

    private static List<Integer> all(ExperimentSpec spec) {
        return IntStream.range(0, spec.runs().size()).boxed().toList();
    }

    /** Whether every later run ends lower in {@code column}: runs[0] &gt; runs[1] &gt; ... */
    private static boolean decreasing(Outcome o, String column, int... runs) {
        for (int i = 1; i < runs.length; i++) {
            if (!(o.last(runs[i], column) < o.last(runs[i - 1], column))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code run} ends lower in {@code column} than each of {@code others}. */
    private static boolean lowest(Outcome o, String column, int run, int... others) {
        for (int other : others) {
            if (!(o.last(run, column) < o.last(other, column))) {
                return false;
            }
        }
        return true;
    }

    /** Whether each of {@code runs} ends lower in {@code column} than {@code base}. */
    private static boolean allBelow(Outcome o, String column, int base, int... runs) {
        return IntStream.of(runs).allMatch(r -> lowest(o, column, r, base));
    }

    private static ClaimSet diagSgdDecay(ExperimentSpec s) {
        long t = s.iterations();
        long decay50 = decayAt(s, 3);
        int d = s.data().d();
        return new ClaimSet(List.of("train_loss", "test_loss", "l0"), List.of(
                new Claim("the small constant step ends with all " + d + " coordinates non-zero", List.of(0),
                        o -> o.last(0, "l0") == d),
                new Claim("the run decayed at 50% bounces before its decay: median train loss between 10% and 50% "
                        + "of training in [1e-2, 1e-1]", List.of(3),
                        o -> inBand(o.median(3, "train_loss", t / 10, decay50), 1e-2, 1e-1)),
                new Claim("l0 falls while the loss is stuck: the run decayed at 50% has a smaller l0 at its decay "
                        + "than at 10% of training", List.of(3),
                        o -> o.at(3, "l0", decay50 - 1) < o.at(3, "l0", t / 10)),
                new Claim("the later the decay, the smaller the final l0 (10% > 30% > 50%)", List.of(1, 2, 3),
                        o -> decreasing(o, "l0", 1, 2, 3)),
                new Claim("the later the decay, the lower the final test loss (10% > 30% > 50%)", List.of(1, 2, 3),
                        o -> decreasing(o, "test_loss", 1, 2, 3)),
                new Claim("the run decayed at 50% ends with the smallest l0 and test loss of all runs", all(s),
                        o -> lowest(o, "l0", 3, 0, 1, 2) && lowest(o, "test_loss", 3, 0, 1, 2)),
                new Claim("every decayed run ends with a lower test loss than the small constant step", all(s),
                        o -> allBelow(o, "test_loss", 0, 1, 2, 3))));
    }

    private static ClaimSet diagGdVsSgd(ExperimentSpec s) {
        long t = s.iterations();
        long decay50 = decayAt(s, 3);
        return new ClaimSet(List.of("train_loss", "test_loss", "l0", "sharpness"), List.of(
                new Claim("SGD ends with a smaller l0 than every GD run", all(s),
                        o -> lowest(o, "l0", 4, 0, 1, 2, 3)),
                new Claim("SGD ends with a lower test loss than every GD run", all(s),
                        o -> lowest(o, "test_loss", 4, 0, 1, 2, 3)),
                new Claim("every GD run at 3.53 ends sparser (smaller l0) than GD at 2.0", List.of(0, 1, 2, 3),
                        o -> allBelow(o, "l0", 0, 1, 2, 3)),
                new Claim("GD at 3.53 bounces until its decay at 50%: median train loss from 10% to the decay above "
                        + "1e-3", List.of(3), o -> o.median(3, "train_loss", t / 10, decay50) > 1e-3),
                new Claim("GD at 3.53 bounces past the edge of stability: median sharpness from 10% to its decay "
                        + "at 50% above 2/eta", List.of(3),
                        o -> o.median(3, "sharpness", t / 10, decay50) > 2 / s.runs().get(3).schedule().stepSize())));
    }

    private static ClaimSet diagValley2d(ExperimentSpec s) {
        long decay = decayAt(s, 2);
        return new ClaimSet(List.of("train_loss", "test_loss", "valley_loss"), List.of(
                new Claim("SGD ends with a test loss at least 100 times below gradient flow's and GD's", all(s),
                        o -> 100 * o.last(2, "test_loss") < Math.min(o.last(0, "test_loss"), o.last(1, "test_loss"))),
                new Claim("SGD bounces until its decay: median train loss from 20% of the decay step to it at least "
                        + "10 times the valley-floor loss", List.of(2),
                        o -> o.median(2, "train_loss", decay / 5, decay)
                                > 10 * o.median(2, "valley_loss", decay / 5, decay)),
                new Claim("SGD's valley-floor loss keeps falling while it bounces: lower just before its decay than "
                        + "at 20% of the decay step", List.of(2),
                        o -> o.at(2, "valley_loss", decay - 1) < o.at(2, "valley_loss", decay / 5))));
    }

    private static ClaimSet relu1dWarmup(ExperimentSpec s) {
        long decay = decayAt(s, 1);
        long t = s.iterations();
        return new ClaimSet(List.of("train_loss", "rank", "feature_sparsity"), List.of(
                new Claim("both runs end with a train loss below 1e-3", all(s),
                        o -> o.last(0, "train_loss") < 1e-3 && o.last(1, "train_loss") < 1e-3),
                new Claim("the long warm-up ends with less than half the rank(phi) of the short one", all(s),
                        o -> o.last(1, "rank") < 0.5 * o.last(0, "rank")),
                new Claim("the long warm-up ends with less than half the feature sparsity of the short one", all(s),
                        o -> o.last(1, "feature_sparsity") < 0.5 * o.last(0, "feature_sparsity")),
                new Claim("the long warm-up's loss drops after its decay: its final train loss is below a tenth of "
                        + "its median over the tenth of training before the decay", List.of(1),
                        o -> o.last(1, "train_loss") < 0.1 * o.median(1, "train_loss", decay - t / 10, decay))));
    }

    private static ClaimSet reluTeacherStudent(ExperimentSpec s) {
        return new ClaimSet(List.of("train_loss", "test_loss", "feature_sparsity"), List.of(
                new Claim("every run fits the 15 points: final train loss below 1e-3", all(s),
                        o -> IntStream.range(0, 4).allMatch(r -> o.last(r, "train_loss") < 1e-3)),
                new Claim("every decayed run ends with a lower test loss than the constant step", all(s),
                        o -> allBelow(o, "test_loss", 0, 1, 2, 3)),
                new Claim("every decayed run ends with sparser features than the constant step", all(s),
                        o -> allBelow(o, "feature_sparsity", 0, 1, 2, 3)),
                new Claim("the later the decay, the lower the final test loss (the paper's order, 10% > 30% > 50%)",
                        List.of(1, 2, 3), o -> decreasing(o, "test_loss", 1, 2, 3))));
    }

    private static ClaimSet reluThreeLayer(ExperimentSpec s) {
        return new ClaimSet(List.of("train_loss", "test_loss", "feature_sparsity"), List.of(
                new Claim("every large-step run ends with a lower test loss than the constant step", all(s),
                        o -> allBelow(o, "test_loss", 0, 1, 2, 3)),
                new Claim("every large-step run ends with sparser first-layer features than the constant step", all(s),
                        o -> allBelow(o, "feature_sparsity_1", 0, 1, 2, 3)),
                new Claim("every large-step run ends with sparser second-layer features than the constant step, its "
                        + "second layer still alive (sparsity > 0)", all(s),
                        o -> allBelow(o, "feature_sparsity_2", 0, 1, 2, 3)
                                && IntStream.range(1, 4).allMatch(r -> o.last(r, "feature_sparsity_2") > 0)),
                new Claim("the run decayed at 50% ends with sparser first-layer features than the one decayed at 10%",
                        List.of(1, 3), o -> lowest(o, "feature_sparsity_1", 3, 1)),
                new Claim("the later the decay, the lower the final test loss (10% > 30% > 50%)", List.of(1, 2, 3),
                        o -> decreasing(o, "test_loss", 1, 2, 3))));
    }

    private static ClaimSet toyQuadratic(ExperimentSpec s) {
        long t = s.iterations();
        return new ClaimSet(List.of("train_loss"), List.of(
                new Claim("the step 0.8 converges: final train loss below 1e-12", List.of(0),
                        o -> o.last(0, "train_loss") < 1e-12),
                new Claim("the constant step 1.02 stays in a band: train loss above 1e-3 at every evaluation of the "
                        + "second half", List.of(1),
                        o -> Arrays.stream(o.between(1, "train_loss", t / 2, t + 1)).allMatch(v -> v > 1e-3)),
                new Claim("the halved run drops to zero after its decay: final train loss below 1e-12", List.of(2),
                        o -> o.last(2, "train_loss") < 1e-12)));
    }

    private static boolean inBand(double value, double lo, double hi) {
        return value >= lo && value <= hi;
    }
}
