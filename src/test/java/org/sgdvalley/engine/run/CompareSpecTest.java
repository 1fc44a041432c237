package org.sgdvalley.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sgdvalley.preset.PresetCatalog;

/** A/B compare: two runs that differ only in their step size. */
class CompareSpecTest {

    @Test
    void bothSidesConsumeIdenticalMinibatchSequencesFromTheSameStart() {
        ExperimentSpec preset = PresetCatalog.bundled("diag-sgd-decay");
        ExperimentSpec ab = CompareSpec.of(preset, 0);
        Experiment experiment = new Experiment(ab);
        Run a = experiment.runs().get(0);
        Run b = experiment.runs().get(1);

        assertThat(a.params()).containsExactly(b.params());
        assertThat(b.stepSize()).isGreaterThan(a.stepSize());
        assertThat(b.schedule().decayIterations()).isNotEmpty();
        for (int step = 0; step < 20_000; step++) {
            a.step();
            b.step();
            if (!Arrays.equals(a.lastBatch(), b.lastBatch())) {
                throw new AssertionError("minibatches differ at step " + step + ": " + Arrays.toString(a.lastBatch())
                        + " vs " + Arrays.toString(b.lastBatch()));
            }
        }
        assertThat(a.lastBatch()).hasSize(1);
        assertThat(a.state().sampler().rngState()).isEqualTo(b.state().sampler().rngState());
        // same minibatches, different step sizes: the trajectories part
        assertThat(a.params()).isNotEqualTo(b.params());
    }

    @Test
    void chunkedStepsDrawTheSameMinibatchesOnBothSides() {
        Experiment experiment = new Experiment(CompareSpec.of(PresetCatalog.bundled("diag-sgd-decay"), 0));
        Run a = experiment.runs().get(0);
        Run b = experiment.runs().get(1);
        for (int chunk = 1; chunk <= 40; chunk++) {
            a.advance(chunk * 37L);
            b.advance(chunk * 37L);
            assertThat(a.iteration()).isEqualTo(b.iteration());
            assertThat(a.lastBatch()).containsExactly(b.lastBatch());
            assertThat(a.state().sampler().rngState()).as("sampler after %d steps", a.iteration())
                    .isEqualTo(b.state().sampler().rngState());
        }
    }

    @Test
    void theCurrentRunBecomesSideAAndItsContrastSideB() {
        ExperimentSpec preset = PresetCatalog.bundled("diag-sgd-decay");
        ExperimentSpec fromSmall = CompareSpec.of(preset, 0);
        assertThat(fromSmall.runs()).hasSize(2);
        assertThat(fromSmall.runs().get(0).label()).isEqualTo("A: " + preset.runs().get(0).label());
        assertThat(fromSmall.runs().get(0).schedule()).isEqualTo(preset.runs().get(0).schedule());
        assertThat(fromSmall.runs().get(1).label()).startsWith("B: ");
        assertThat(fromSmall.runs().get(1).schedule().decays()).isNotEmpty();
        assertThat(fromSmall.runs().get(1).optimizer()).isEqualTo(fromSmall.runs().get(0).optimizer());
        assertThat(fromSmall.data()).isEqualTo(preset.data());
        assertThat(fromSmall.initSeed()).isEqualTo(preset.initSeed());

        ExperimentSpec fromLarge = CompareSpec.of(preset, 3);
        assertThat(fromLarge.runs().get(0).schedule()).isEqualTo(preset.runs().get(3).schedule());
        assertThat(fromLarge.runs().get(1).schedule().decays()).isEmpty();
        assertThat(fromLarge.runs().get(1).schedule().stepSize()).isLessThan(fromLarge.runs().get(0).schedule().stepSize());
    }

    @Test
    void gdPresetsCompareWithTheSameOptimizer() {
        ExperimentSpec preset = PresetCatalog.bundled("diag-gd-vs-sgd");
        ExperimentSpec ab = CompareSpec.of(preset, 0);
        assertThat(ab.runs().get(1).optimizer()).isEqualTo(preset.runs().get(0).optimizer());
        assertThat(ab.runs().get(1).schedule().stepSize()).isGreaterThan(ab.runs().get(0).schedule().stepSize());
    }

    @Test
    void theControllerTrainsBothSidesOnTheSameMinibatches() throws InterruptedException {
        ExperimentSpec ab = CompareSpec.of(PresetCatalog.bundled("toy-quadratic"), 0);
        try (ExperimentController c = ExperimentControllerTest.ready(new ExperimentController(ab))) {
            c.advanceTo(5000);
            ExperimentControllerTest.await(() -> c.status().runs().stream().allMatch(r -> r.iteration() >= 5000));
            assertThat(c.status().runs()).allMatch(r -> r.iteration() == 5000);
            c.bookmark();
            ExperimentControllerTest.await(() -> c.lastBookmark() != null);
            RunState a = c.lastBookmark().states().get(0);
            RunState b = c.lastBookmark().states().get(1);
            assertThat(a.sampler().rngState()).isEqualTo(b.sampler().rngState());
            assertThat(a.params()).isNotEqualTo(b.params());
        }
    }
}
