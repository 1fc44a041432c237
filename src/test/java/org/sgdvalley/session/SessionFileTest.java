package org.sgdvalley.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgdvalley.engine.run.Divergence;
import org.sgdvalley.engine.run.Evaluation;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.Run;
import org.sgdvalley.engine.run.RunResult;
import org.sgdvalley.engine.run.RunState;
import org.sgdvalley.preset.PresetCatalog;

/** Every bundled preset's spec and run states survive a session file bit for bit; tampering is caught. */
class SessionFileTest {
    @TempDir
    Path tmp;

    static List<String> presets() {
        return PresetCatalog.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void roundTripIsExact(String preset) throws Exception {
        Experiment experiment = new Experiment(PresetCatalog.bundled(preset));
        for (Run run : experiment.runs()) {
            for (int i = 0; i < 37; i++) {
                run.step();
            }
            run.multiplyStepSize(0.5);
        }
        experiment.runs().get(0).markDiverged(new Divergence(37, Double.NaN, 0.1));
        double[] special = {Double.NaN, -0.0, Double.POSITIVE_INFINITY, 1e-300};
        double[] row = new double[experiment.metrics().columns().size()];
        Arrays.setAll(row, i -> special[i % special.length]);
        List<RunResult> results = experiment.runs().stream().map(r -> new RunResult(r.label(),
                List.of(new Evaluation(0, 0.1, row)),
                r.iteration(), r.divergence(), 0, r.params().clone())).toList();
        ExperimentSession session = Sessions.of(experiment, results);
        Path file = tmp.resolve(preset + ".session");
        SessionFile.write(file, session, false);
        ExperimentSession back = SessionFile.read(file);
        assertThat(back.spec()).isEqualTo(session.spec());
        for (int i = 0; i < session.runs().size(); i++) {
            SavedRun a = session.runs().get(i);
            SavedRun b = back.runs().get(i);
            assertThat(b.label()).isEqualTo(a.label());
            assertThat(b.state().params()).isEqualTo(a.state().params());
            assertThat(b.state().sampler().permutation()).isEqualTo(a.state().sampler().permutation());
            assertThat(b.state().sampler().rngState()).isEqualTo(a.state().sampler().rngState());
            assertThat(b.state().labelNoiseState()).isEqualTo(a.state().labelNoiseState());
            assertThat(Double.doubleToRawLongBits(b.state().scale())).isEqualTo(Double.doubleToRawLongBits(a.state().scale()));
            assertThat(b.state().changes()).isEqualTo(a.state().changes());
            assertThat(b.divergence()).isEqualTo(a.divergence());
            assertThat(b.evaluations().get(0).values()).isEqualTo(a.evaluations().get(0).values());
        }
        Experiment restored = Sessions.restore(back, back.spec(), file.toString());
        assertThat(restored.runs().get(0).divergence()).isNotNull();
        assertThat(restored.runs().get(0).params()).isEqualTo(experiment.runs().get(0).params());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void aValidChecksumOverContentThatDoesNotFitIsStillRefused(String preset) throws Exception {
        Experiment experiment = new Experiment(PresetCatalog.bundled(preset));
        ExperimentSession session = Sessions.of(experiment, experiment.runs().stream()
                .map(r -> new RunResult(r.label(), List.of(), 0, null, 0, r.params().clone())).toList());
        SavedRun first = session.runs().get(0);
        var state = first.state();
        var shorter = new RunState(state.iteration(), new double[state.params().length + 1],
                state.sampler(), state.labelNoiseState(), state.scale(), state.changes());
        List<SavedRun> runs = new ArrayList<>(session.runs());
        runs.set(0, new SavedRun(first.label(), shorter, null, List.of(), Map.of()));
        Path file = tmp.resolve("wrong.session");
        SessionFile.write(file, new ExperimentSession(session.spec(), runs), false);
        ExperimentSession back = SessionFile.read(file);
        assertThatThrownBy(() -> Sessions.restore(back, back.spec(), "wrong.session"))
                .isInstanceOf(SessionException.class).hasMessageContaining("parameters saved, the model has");
        assertThat(Files.size(file)).isPositive();
    }
}
