package org.sgdvalley.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdvalley.preset.PresetCatalog;

/** The paper's trends on the bundled, tuned presets; they assert trends, not exact numbers. */
class PaperTrendTest {
    private static final List<String> METRICS = List.of("train_loss", "test_loss", "l0");

    private static List<RunResult> run(ExperimentSpec spec) throws InterruptedException {
        return HeadlessRunner.allCores().run(new Experiment(spec.withMetrics(METRICS)), done -> { });
    }

    private static double last(RunResult r, int column) {
        return r.last().values()[column];
    }

    @Test
    void longerLargeStepPhaseEndsSparserAndGeneralizesBetter() throws InterruptedException {
        List<RunResult> e1 = run(PresetCatalog.bundled("diag-sgd-decay"));
        assertThat(e1).allSatisfy(r -> assertThat(r.divergence()).isNull());
        RunResult small = e1.get(0);
        RunResult decay10 = e1.get(1);
        RunResult decay50 = e1.get(3);
        assertThat(last(small, 0)).as("small constant step converges").isLessThan(1e-10);
        assertThat(last(decay50, 2)).isLessThan(last(decay10, 2)).isLessThan(last(small, 2));
        assertThat(last(decay50, 1)).isLessThan(last(decay10, 1)).isLessThan(last(small, 1));
        // before its decay at step 50,000 the large-step run bounces: loss in a band away from zero
        List<Double> band = decay50.evaluations().stream()
                .filter(e -> e.iteration() > 10_000 && e.iteration() < 50_000)
                .map(e -> e.values()[0]).sorted().toList();
        assertThat(band.get(band.size() / 2)).isBetween(1e-2, 1e-1);
        assertThat(band.get(0)).isGreaterThan(1e-3);
    }

    @Test
    void sgdIsSparserThanGd() throws InterruptedException {
        ExperimentSpec e2 = PresetCatalog.bundled("diag-gd-vs-sgd");
        List<RunSpec> runs = List.of(e2.runs().get(0), e2.runs().get(4));
        List<RunResult> results = run(e2.withRuns(runs).withIterations(40_001));
        assertThat(results).allSatisfy(r -> assertThat(r.divergence()).isNull());
        assertThat(last(results.get(1), 2)).isLessThan(0.7 * last(results.get(0), 2));
        assertThat(last(results.get(1), 1)).isLessThan(last(results.get(0), 1));
    }

    @Test
    void runsAreDeterministic() throws InterruptedException {
        ExperimentSpec spec = PresetCatalog.bundled("diag-sgd-decay").withIterations(5_000);
        List<RunResult> a = run(spec);
        List<RunResult> b = run(spec);
        for (int i = 0; i < a.size(); i++) {
            for (int e = 0; e < a.get(i).evaluations().size(); e++) {
                assertThat(a.get(i).evaluations().get(e).values()).isEqualTo(b.get(i).evaluations().get(e).values());
            }
        }
    }
}
