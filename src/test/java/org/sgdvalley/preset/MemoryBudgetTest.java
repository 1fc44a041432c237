package org.sgdvalley.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.run.EvaluationPlan;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;

/** The estimate bounds the whole experiment: presets within every per-array limit can still be too large together. */
class MemoryBudgetTest {
    private static final long GB = 1L << 30;

    private static ExperimentSpec copies(ExperimentSpec spec, int runs) {
        List<RunSpec> list = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            RunSpec r = spec.runs().get(0);
            list.add(new RunSpec("run " + i, r.optimizer(), r.schedule()));
        }
        return spec.withRuns(list);
    }

    @Test
    void everyBundledPresetFitsHalfAGigabyte() {
        for (String name : PresetCatalog.names()) {
            ExperimentSpec spec = PresetCatalog.bundled(name);
            MemoryBudget.check(spec, GB / 2, 2);
            assertThat(MemoryBudget.bytes(spec, 2)).as(name).isLessThan(100e6);
        }
    }

    @Test
    void thirtyTwoWideDeepReluNetworksDoNotFitSixGigabytes() {
        ExperimentSpec e6 = PresetCatalog.bundled("relu-three-layer");
        ModelSpec.Relu relu = (ModelSpec.Relu) e6.model();
        ModelSpec wide = new ModelSpec.Relu(List.of(3000, 3000, 3000, 3000, 3000), relu.bias(), relu.outputBias(),
                relu.firstLayer(), relu.deeperLayers(), relu.biases(), relu.output());
        ExperimentSpec one = new ExperimentSpec(e6.name(), e6.title(), e6.description(), e6.lookFor(), wide, e6.data(),
                e6.iterations(), e6.evaluation(), List.of("train_loss"), e6.metricOptions(), e6.initSeed(),
                e6.runs().subList(0, 1));
        MemoryBudget.check(one, 6 * GB, 2);
        assertThatThrownBy(() -> MemoryBudget.check(copies(one, 32), 6 * GB, 2))
                .isInstanceOf(PresetException.class)
                .hasMessageStartingWith("runs, model, data.d: the experiment needs about 5")
                .hasMessageContaining("32 runs x 36,")
                .hasMessageContaining("more than the 5.2 GB this Java heap allows (6.4 GB maximum)");
    }

    @Test
    void thirtyTwoDiagonalNetworksOfAMillionInputsDoNotFitTwoGigabytes() {
        ExperimentSpec e1 = PresetCatalog.bundled("diag-sgd-decay");
        ExperimentSpec wide = new ExperimentSpec(e1.name(), e1.title(), e1.description(), e1.lookFor(), e1.model(),
                new DataSpec.Sparse(20, 10, 1_000_000, 20, 0), e1.iterations(), e1.evaluation(),
                List.of("train_loss"), e1.metricOptions(), e1.initSeed(), e1.runs());
        assertThatThrownBy(() -> MemoryBudget.check(copies(wide, 32), 2 * GB, 2))
                .hasMessageStartingWith("runs, model, data.d: the experiment needs about");
    }

    @Test
    void metricRowsOfEveryStepCount() {
        ExperimentSpec toy = PresetCatalog.bundled("toy-quadratic");
        ExperimentSpec everyStep = new ExperimentSpec(toy.name(), toy.title(), toy.description(), toy.lookFor(),
                toy.model(), toy.data(), 10_000_000_000L, EvaluationPlan.everySteps(1000), toy.metrics(),
                toy.metricOptions(), toy.initSeed(), toy.runs());
        assertThatThrownBy(() -> MemoryBudget.check(everyStep, GB, 2))
                .hasMessageStartingWith("iterations, evaluation, metrics: the experiment needs about")
                .hasMessageContaining("3 runs x 10,000,002 evaluation points x 3 metrics");
    }
}
