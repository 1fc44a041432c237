package org.sgdvalley.preset;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.sgdvalley.engine.run.ExperimentSpec;

/**
 * Coverage-guided fuzzing of the preset loader with Jazzer, seeded with the bundled presets and some
 * malformed ones (PresetLoaderFuzzTestInputs). Jazzer mutates the bytes of the seeds guided by the
 * branches they reach, so it explores YAML syntax, every reader's checks and the size limits.
 *
 * <p>The property: any bytes either give a spec or a {@link PresetException} whose message is one line
 * "path: problem"; nothing else escapes (no parser exception, no runtime error, no out-of-memory).
 * {@code mvn verify} runs it in fuzzing mode in its own JVM (the surefire execution "fuzz") for a
 * bounded time; without JAZZER_FUZZ set it replays the seeds and any saved findings (regression mode).
 */
class PresetLoaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void fuzzPresetLoader(byte[] input) {
        try {
            ExperimentSpec spec = PresetLoader.parse(input, "fuzz.yaml");
            assertThat(spec.runs()).isNotEmpty();
            assertThat(spec.iterations()).isPositive();
        } catch (PresetException e) {
            assertThat(e.getMessage()).doesNotContain("\n").startsWith(e.path() + ": ");
            assertThat(e.path()).isNotBlank();
        }
    }
}
