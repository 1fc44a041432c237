package org.sgdvalley.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgdvalley.engine.data.DataSpec;
import org.sgdvalley.engine.model.ModelSpec;
import org.sgdvalley.engine.optim.ScheduleSpec;
import org.sgdvalley.engine.run.ExperimentSpec;

class PresetCatalogTest {

    static List<String> names() {
        return PresetCatalog.names();
    }

    @Test
    void indexListsEveryPresetFileOfTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("presets"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - 5)).sorted().toList();
            assertThat(PresetCatalog.names()).containsExactlyInAnyOrderElementsOf(onDisk)
                    .contains("diag-sgd-decay", "diag-gd-vs-sgd", "diag-valley-2d", "relu-1d-warmup",
                            "relu-teacher-student", "relu-three-layer", "toy-quadratic");
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyBundledPresetLoadsWithItsTexts(String name) {
        ExperimentSpec spec = PresetCatalog.bundled(name);
        assertThat(spec.name()).isEqualTo(name);
        assertThat(spec.title()).isNotBlank();
        assertThat(spec.description()).hasSizeGreaterThan(100);
        assertThat(spec.lookFor()).isNotBlank();
        assertThat(spec.runs()).isNotEmpty();
        assertThat(PresetLoader.load(Path.of("presets", name + ".yaml"))).isEqualTo(spec);
    }

    @Test
    void readsTheHeadlinePreset() {
        ExperimentSpec e1 = PresetCatalog.find("diag-sgd-decay");
        assertThat(e1.model()).isEqualTo(new ModelSpec.Diagonal(0.1, 0.0));
        assertThat(e1.data()).isEqualTo(new DataSpec.Sparse(80, 1000, 200, 20, 0));
        assertThat(e1.iterations()).isEqualTo(100_001);
        assertThat(e1.runs()).hasSize(4);
        assertThat(e1.runs().get(3).schedule().decays().get(0).iteration(e1.iterations())).isEqualTo(50_000);
        assertThat(e1.metricOptions().rankThreshold()).isEqualTo(1e-15);
    }

    @Test
    void readsTheReluPresets() {
        ExperimentSpec e4 = PresetCatalog.bundled("relu-1d-warmup");
        ModelSpec.Relu relu = (ModelSpec.Relu) e4.model();
        assertThat(relu.hidden()).containsExactly(100);
        assertThat(relu.firstLayer()).isEqualTo(new ModelSpec.Init(ModelSpec.Init.Distribution.SIGN, 2.5));
        assertThat(e4.data()).isEqualTo(new DataSpec.Points1d(300));
        assertThat(e4.metricOptions().correlationThreshold()).isEqualTo(0.999);
        ScheduleSpec longWarmup = e4.runs().get(1).schedule();
        assertThat(longWarmup.shape()).isEqualTo(ScheduleSpec.Shape.LINEAR_WARMUP);
        assertThat(longWarmup.resolve(e4.iterations()).at(15_810)).isCloseTo(0.0201, org.assertj.core.data.Offset.offset(1e-4));

        ExperimentSpec e6 = PresetCatalog.bundled("relu-three-layer");
        assertThat(((ModelSpec.Relu) e6.model()).hidden()).containsExactly(10, 10);
        assertThat(e6.data()).isEqualTo(new DataSpec.Teacher(50, 1000, 5, List.of(2, 2), true, false, 4));
        assertThat(e6.runs().get(1).schedule().shape()).isEqualTo(ScheduleSpec.Shape.POWER_WARMUP);
        assertThat(PresetCatalog.bundled("relu-teacher-student").data())
                .isEqualTo(new DataSpec.Teacher(15, 1000, 2, List.of(3), false, true, 3));
    }

    @Test
    void unknownNameListsTheBundledPresets() {
        assertThatThrownBy(() -> PresetCatalog.find("nope")).isInstanceOf(PresetException.class)
                .hasMessageStartingWith("nope: no bundled preset of that name, bundled: diag-sgd-decay");
    }
}
