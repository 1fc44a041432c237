package org.sgdvalley.engine.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.run.Divergence;
import org.sgdvalley.engine.run.Evaluation;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunResult;
import org.sgdvalley.engine.run.RunSpec;
import org.sgdvalley.preset.PresetCatalog;

class ClaimsTest {
    private static final List<String> COLUMNS = List.of("train_loss", "l0");

    /** A run evaluated at iterations 0, 10, 20, ... with the given (train_loss, l0) rows. */
    private static RunResult run(String label, Divergence divergence, double[]... rows) {
        List<Evaluation> evaluations = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            evaluations.add(new Evaluation(10L * i, 0.1, rows[i]));
        }
        return new RunResult(label, evaluations, 10L * (rows.length - 1), divergence, 0, new double[0]);
    }

    private static final Claim SPARSER = new Claim("run 1 ends with a smaller l0 than run 0", List.of(0, 1),
            o -> o.last(1, "l0") < o.last(0, "l0"));

    @Test
    void outcomeReadsEvaluationsByColumnAndIteration() {
        Outcome o = new Outcome(COLUMNS, List.of(run("a", null, new double[] {4, 9}, new double[] {1, 8},
                new double[] {3, 7}, new double[] {2, 5})));
        assertThat(o.last(0, "l0")).isEqualTo(5);
        assertThat(o.at(0, "train_loss", 19)).isEqualTo(1); // the evaluation at 10
        assertThat(o.at(0, "train_loss", 20)).isEqualTo(3);
        assertThat(o.between(0, "train_loss", 10, 30)).containsExactly(1, 3);
        assertThat(o.median(0, "train_loss", 0, 40)).isEqualTo(3); // of 1, 2, 3, 4 the upper middle
        assertThat(o.median(0, "train_loss", 100, 200)).isNaN();
        assertThatThrownBy(() -> o.last(0, "rank")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClaimHoldsFailsOrIsUndecidedWhenARunItComparesDiverged() {
        RunResult dense = run("dense", null, new double[] {1, 200});
        RunResult sparse = run("sparse", null, new double[] {1, 80});
        RunResult blownUp = run("blown up", new Divergence(5, Double.NaN, 0.1), new double[] {1, 10});
        assertThat(SPARSER.judge(new Outcome(COLUMNS, List.of(dense, sparse)))).isEqualTo(Claim.Verdict.HOLDS);
        assertThat(SPARSER.judge(new Outcome(COLUMNS, List.of(sparse, dense)))).isEqualTo(Claim.Verdict.FAILS);
        assertThat(SPARSER.judge(new Outcome(COLUMNS, List.of(dense, blownUp)))).isEqualTo(Claim.Verdict.DIVERGED);
        // a run the claim does not compare may diverge
        Claim first = new Claim("run 0 is dense", List.of(0), o -> o.last(0, "l0") == 200);
        assertThat(first.judge(new Outcome(COLUMNS, List.of(dense, blownUp)))).isEqualTo(Claim.Verdict.HOLDS);
    }

    @Test
    void reportTalliesEveryDrawAndEveryRunsDivergences() {
        ClaimSet set = new ClaimSet(COLUMNS, List.of(SPARSER));
        RunResult dense = run("dense", null, new double[] {1, 200});
        RunResult sparse = run("sparse", null, new double[] {1, 80});
        RunResult blownUp = run("sparse", new Divergence(5, Double.NaN, 0.1), new double[] {1, 10});
        ClaimsReport report = ClaimsReport.empty(set, List.of("dense", "sparse"))
                .add(set, new Outcome(COLUMNS, List.of(dense, sparse)))
                .add(set, new Outcome(COLUMNS, List.of(sparse, dense)))
                .add(set, new Outcome(COLUMNS, List.of(dense, blownUp)))
                .add(set, new Outcome(COLUMNS, List.of(dense, sparse)));
        Tally tally = report.tallies().get(0);
        assertThat(tally).isEqualTo(new Tally(SPARSER.statement(), 2, 1, 1));
        assertThat(tally.summary()).isEqualTo("holds in 2 of 4 draws, 1 diverged");
        assertThat(report.divergences()).containsExactly(0, 1);
        assertThat(report.draws()).isEqualTo(4);
    }

    @Test
    void drawZeroIsThePresetAndDrawIShiftsEverySeed() {
        ExperimentSpec e5 = PresetCatalog.bundled("relu-teacher-student");
        assertThat(Draws.shifted(e5, 0)).isEqualTo(e5);
        ExperimentSpec third = Draws.shifted(e5, 3);
        assertThat(((DataSpec.Teacher) third.data()).seed()).isEqualTo(((DataSpec.Teacher) e5.data()).seed() + 3);
        assertThat(third.initSeed()).isEqualTo(e5.initSeed() + 3);
        assertThat(third.runs()).extracting(r -> r.optimizer().seed())
                .containsOnly(e5.runs().get(0).optimizer().seed() + 3);
        // gradient descent has no sampling seed; E4's twelve points have no data seed
        ExperimentSpec e2 = Draws.shifted(PresetCatalog.bundled("diag-gd-vs-sgd"), 2);
        assertThat(e2.runs().get(0)).isEqualTo(PresetCatalog.bundled("diag-gd-vs-sgd").runs().get(0));
        ExperimentSpec e4 = PresetCatalog.bundled("relu-1d-warmup");
        assertThat(Draws.shifted(e4, 2).data()).isEqualTo(e4.data());
    }

    @Test
    @Timeout(60)
    void theToysClaimsHoldOnEveryDrawAndADivergingStepIsCounted() throws InterruptedException {
        ExperimentSpec toy = PresetCatalog.bundled("toy-quadratic");
        ClaimSet claims = PresetClaims.forSpec(toy);
        List<Integer> progress = new ArrayList<>();
        ClaimsReport report = ClaimsEvaluation.evaluate(toy, claims, 3, 0, 2, progress::add);
        assertThat(report.tallies()).hasSize(3).allSatisfy(t -> assertThat(t.summary())
                .isEqualTo("holds in 3 of 3 draws, 0 diverged"));
        assertThat(progress).containsExactlyInAnyOrder(1, 2, 3);
        // a step 100 times too large in the constant run: its claim is undecided in every draw, the others hold
        List<RunSpec> runs = new ArrayList<>(toy.runs());
        runs.set(1, runs.get(1).withStepSize(102));
        ClaimsReport blownUp = ClaimsEvaluation.evaluate(toy.withRuns(runs), claims, 2, 5, 2, done -> { });
        assertThat(blownUp.tallies()).extracting(Tally::summary).containsExactly(
                "holds in 2 of 2 draws, 0 diverged", "holds in 0 of 2 draws, 2 diverged",
                "holds in 2 of 2 draws, 0 diverged");
        assertThat(blownUp.divergences()).containsExactly(0, 2, 0);
    }

    @Test
    void everyBundledPresetHasClaimsAndOthersAreRefused() {
        for (String name : PresetCatalog.names()) {
            ExperimentSpec spec = PresetCatalog.bundled(name);
            ClaimSet claims = PresetClaims.forSpec(spec);
            assertThat(claims.claims()).as(name).isNotEmpty();
            assertThat(claims.claims()).allSatisfy(c -> assertThat(c.runs()).allMatch(r -> r < spec.runs().size()));
        }
        ExperimentSpec e1 = PresetCatalog.bundled("diag-sgd-decay");
        assertThatThrownBy(() -> PresetClaims.forSpec(e1.withRuns(e1.runs().subList(0, 2))))
                .hasMessage("the claims of diag-sgd-decay compare the bundled preset's 4 runs, but this one has 2");
        ExperimentSpec other = new ExperimentSpec("my-copy", e1.title(), e1.description(), e1.lookFor(), e1.model(),
                e1.data(), e1.iterations(), e1.evaluation(), e1.metrics(), e1.metricOptions(), e1.initSeed(), e1.runs());
        assertThatThrownBy(() -> PresetClaims.forSpec(other)).hasMessageStartingWith(
                "no claims are written for preset \"my-copy\"; presets with claims: diag-gd-vs-sgd, diag-sgd-decay");
    }
}
