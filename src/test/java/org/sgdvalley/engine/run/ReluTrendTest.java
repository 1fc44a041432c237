package org.sgdvalley.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdvalley.preset.PresetCatalog;

/**
 * The paper's trends on the bundled ReLU presets (E4-E6); they assert trends, not exact numbers.
 * Training steps are cheap for these small networks; the metrics (rank is an SVD) are not, so each
 * run is evaluated only at its start and its end, with only the metrics the trend needs.
 */
class ReluTrendTest {

    private static List<RunResult> runToTheEnd(String preset, List<String> metrics) throws InterruptedException {
        ExperimentSpec s = PresetCatalog.bundled(preset);
        ExperimentSpec spec = new ExperimentSpec(s.name(), s.title(), s.description(), s.lookFor(), s.model(), s.data(),
                s.iterations(), EvaluationPlan.everySteps(s.iterations()), metrics, s.metricOptions(), s.initSeed(),
                s.runs());
        List<RunResult> results = HeadlessRunner.allCores().run(new Experiment(spec), done -> { });
        assertThat(results).allSatisfy(r -> {
            assertThat(r.divergence()).as("%s diverged", r.label()).isNull();
            assertThat(r.steps()).isEqualTo(spec.iterations());
        });
        return results;
    }

    private static double last(RunResult r, int column) {
        return r.last().values()[column];
    }

    @Test
    void longWarmupGivesLowerRankAndSparserFeatures() throws InterruptedException {
        List<RunResult> e4 = runToTheEnd("relu-1d-warmup", List.of("train_loss", "rank", "feature_sparsity"));
        RunResult shortWarmup = e4.get(0);
        RunResult longWarmup = e4.get(1);
        assertThat(last(shortWarmup, 0)).as("short warm-up fits the points").isLessThan(2e-3);
        assertThat(last(longWarmup, 0)).as("long warm-up fits the points").isLessThan(2e-3);
        assertThat(last(longWarmup, 1)).as("rank").isLessThan(0.7 * last(shortWarmup, 1));
        assertThat(last(longWarmup, 2)).as("feature sparsity").isLessThan(0.5 * last(shortWarmup, 2));
    }

    @Test
    void largeDecayedStepsGeneralizeBetterInTeacherStudent() throws InterruptedException {
        List<RunResult> e5 = runToTheEnd("relu-teacher-student", List.of("train_loss", "test_loss", "feature_sparsity"));
        RunResult small = e5.get(0);
        for (RunResult decayed : e5.subList(1, e5.size())) {
            assertThat(last(decayed, 0)).as("%s fits the data", decayed.label()).isLessThan(1e-3);
            assertThat(last(decayed, 1)).as("%s test loss", decayed.label()).isLessThan(0.7 * last(small, 1));
            assertThat(last(decayed, 2)).as("%s feature sparsity", decayed.label()).isLessThan(last(small, 2));
        }
    }

    @Test
    void warmupThenDecayGivesSparserLayersAndLowerTestLoss() throws InterruptedException {
        List<RunResult> e6 = runToTheEnd("relu-three-layer",
                List.of("test_loss", "feature_sparsity"));
        RunResult small = e6.get(0);
        for (RunResult large : e6.subList(1, e6.size())) {
            assertThat(last(large, 0)).as("%s test loss", large.label()).isLessThan(0.7 * last(small, 0));
            assertThat(last(large, 1)).as("%s sparsity of layer 1", large.label()).isLessThan(last(small, 1));
            assertThat(last(large, 2)).as("%s sparsity of layer 2", large.label()).isLessThan(last(small, 2));
        }
        // the later the decay, the sparser the first layer and the lower the test loss
        assertThat(last(e6.get(3), 1)).isLessThan(last(e6.get(1), 1));
        assertThat(last(e6.get(3), 0)).isLessThan(last(e6.get(1), 0));
    }
}
