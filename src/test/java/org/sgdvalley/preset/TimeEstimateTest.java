package org.sgdvalley.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sgdvalley.engine.run.EvaluationPlan;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.HeadlessRunner;
import org.sgdvalley.engine.run.RunResult;

/**
 * The time estimate counts what a run does (checked against the steps and evaluation rows of real,
 * shortened runs; wall time is compared in {@code bench}), shows itself only when it matters and
 * refuses what would take days.
 */
class TimeEstimateTest {

    @Test
    @Timeout(60)
    void countsTheStepsAndEvaluationPointsARunDoes() throws InterruptedException {
        for (String name : List.of("diag-sgd-decay", "relu-three-layer")) {
            // the evaluation points do not depend on the metrics: cheap ones keep the test short
            ExperimentSpec spec = PresetCatalog.bundled(name).withIterations(3000).withMetrics(List.of("l0"));
            TimeEstimate estimate = TimeEstimate.of(spec, Long.MAX_VALUE, 0, 2);
            List<RunResult> results = new HeadlessRunner(2).run(new Experiment(spec), done -> { }, Long.MAX_VALUE);
            assertThat(results.stream().mapToLong(RunResult::steps).sum()).as(name)
                    .isEqualTo(estimate.runs() * estimate.steps());
            for (RunResult result : results) {
                assertThat((double) result.evaluations().size()).as(name).isEqualTo(estimate.points());
            }
        }
    }

    @Test
    void aStopCountsOnlyTheStepsToIt() {
        ExperimentSpec spec = PresetCatalog.bundled("diag-sgd-decay");
        assertThat(TimeEstimate.of(spec, 500, 0, 2).steps()).isEqualTo(500);
        assertThat(TimeEstimate.of(spec, 0, 0, 2).seconds()).isZero();
    }

    @Test
    void aResumedRunCountsWhatIsLeft() {
        ExperimentSpec spec = PresetCatalog.bundled("diag-sgd-decay");
        TimeEstimate whole = TimeEstimate.of(spec, Long.MAX_VALUE, 0, 2);
        TimeEstimate half = TimeEstimate.of(spec, Long.MAX_VALUE, 2 * spec.iterations(), 2);
        assertThat(half.operations()).isCloseTo(whole.operations() / 2, within(1.0));
    }

    @Test
    void rankDominatesTheDiagonalPresetAndTheStepsItsGradientDescentTwin() {
        ExperimentSpec e1 = PresetCatalog.bundled("diag-sgd-decay");
        TimeEstimate rank = TimeEstimate.of(e1, Long.MAX_VALUE, 0, 2);
        assertThat(rank.evaluationShare()).isGreaterThan(0.9);
        // 150 singular value decompositions of a 400 x 400 Jacobian per run, about 1.7e8 operations each
        assertThat(rank.operations() / 4).isBetween(2e10, 4e10);
        assertThat(rank.line()).matches("estimate: about \\d+ s \\(4 runs x 100,001 steps; rank at 150 points\\)");
        assertThat(TimeEstimate.of(e1.withMetrics(List.of("train_loss")), Long.MAX_VALUE, 0, 2).evaluationShare())
                .isLessThan(0.5);
    }

    @Test
    void aShortRunShowsNoLine() {
        assertThat(TimeEstimate.of(PresetCatalog.bundled("toy-quadratic"), Long.MAX_VALUE, 0, 2).line()).isNull();
    }

    @Test
    void daysOfStepsAreRefusedUnlessAllowed() {
        ExperimentSpec spec = PresetCatalog.bundled("diag-gd-vs-sgd").withIterations(10_000_000_000L);
        TimeEstimate estimate = TimeEstimate.of(spec, Long.MAX_VALUE, 0, 2);
        assertThatThrownBy(() -> estimate.check(false, "--iterations", "--allow-long"))
                .isInstanceOf(PresetException.class)
                .hasMessageStartingWith("--iterations, runs: the experiment would take about ")
                .hasMessageContaining("days (5 runs x 10,000,000,000 steps; sharpness at 350 points), more than "
                        + "the 2 days allowed")
                .hasMessageEndingWith("or pass --allow-long");
        estimate.check(true, "--iterations", "--allow-long");
    }

    @Test
    void daysOfEvaluationsNameTheEvaluationPlan() {
        ExperimentSpec e1 = PresetCatalog.bundled("diag-sgd-decay");
        ExperimentSpec everyStep = new ExperimentSpec(e1.name(), e1.title(), "", "", e1.model(), e1.data(),
                10_000_000, EvaluationPlan.everySteps(1), e1.metrics(), e1.metricOptions(), e1.initSeed(), e1.runs());
        assertThatThrownBy(() -> TimeEstimate.of(everyStep, Long.MAX_VALUE, 0, 2).check(false, "iterations", "--x"))
                .hasMessageStartingWith("evaluation, metrics: the experiment would take about ");
    }

    @Test
    void everyBundledPresetTakesLessThanTwoMinutes() {
        for (String name : PresetCatalog.names()) {
            assertThat(TimeEstimate.of(PresetCatalog.bundled(name), Long.MAX_VALUE, 0, 2).seconds()).as(name)
                    .isLessThan(120);
        }
    }

    @Test
    void durationsReadInTheirLargestUnit() {
        assertThat(TimeEstimate.duration(40)).isEqualTo("40 s");
        assertThat(TimeEstimate.duration(720)).isEqualTo("12 min");
        assertThat(TimeEstimate.duration(5.2 * 3600)).isEqualTo("5.2 h");
        assertThat(TimeEstimate.duration(41 * 86400)).isEqualTo("41 days");
    }
}
