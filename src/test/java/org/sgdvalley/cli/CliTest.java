package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest extends InProcessCli {
    @TempDir
    Path tmp;


    @Test
    void listsThePresets() {
        assertThat(run("presets")).isZero();
        assertThat(out.toString().lines()).hasSize(7).anyMatch(l -> l.startsWith("diag-sgd-decay  "));
    }

    @Test
    void runsTheToyAndWritesCsvAndJson() throws IOException {
        Path dir = tmp.resolve("toy");
        assertThat(run("run", "toy-quadratic", "--out", dir.toString(), "--iterations", "500")).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("metrics.csv"));
        assertThat(csv.get(0)).isEqualTo("run,iteration,step_size,train_loss,test_loss,sharpness");
        assertThat(csv).hasSize(1 + 3 * 350);
        assertThat(csv.get(1)).startsWith("eta=0.8,0,0.8,");
        assertThat(csv).anyMatch(l -> l.startsWith("\"eta=1.02, halved at 50%\",500,0.51,"));
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.get("preset").asText()).isEqualTo("toy-quadratic");
        JsonNode first = summary.get("runs").get(0);
        assertThat(first.get("label").asText()).isEqualTo("eta=0.8");
        assertThat(first.get("steps").asLong()).isEqualTo(500);
        assertThat(first.get("diverged").asBoolean()).isFalse();
        assertThat(first.get("diverged_at").isNull()).isTrue();
        assertThat(first.get("seconds").asDouble()).isPositive();
        assertThat(first.get("final").get("train_loss").asDouble()).isLessThan(1e-20);
        assertThat(err.toString()).contains("progress: 100%");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("metrics.csv",
                    "summary.json");
        }
    }

    @Test
    void runsTheHeadlinePresetFromAFileWithOverrides() throws IOException {
        Path dir = tmp.resolve("e1");
        assertThat(run("run", "presets/diag-sgd-decay.yaml", "--out", dir.toString(), "--iterations", "2000",
                "--seed", "3", "--metrics", "train_loss,test_loss,l0")).isZero();
        assertThat(Files.readAllLines(dir.resolve("metrics.csv")).get(0))
                .isEqualTo("run,iteration,step_size,train_loss,test_loss,l0");
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.get("runs")).hasSize(4);
        assertThat(summary.get("runs").get(0).get("final").has("l0")).isTrue();
    }

    @Test
    void refusesToOverwriteResultsWithoutForce() throws IOException {
        Path dir = tmp.resolve("again");
        assertThat(run("run", "toy-quadratic", "--out", dir.toString(), "--iterations", "10")).isZero();
        String before = Files.readString(dir.resolve("metrics.csv"));
        assertThat(run("run", "toy-quadratic", "--out", dir.toString(), "--iterations", "20")).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("metrics.csv"))).isEqualTo(before);
        assertThat(run("run", "toy-quadratic", "--out", dir.toString(), "--iterations", "20", "--force")).isZero();
        assertThat(Files.readString(dir.resolve("metrics.csv"))).isNotEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope", "presets/missing.yaml", "src/test/resources/malformed/data-k-above-d.yaml",
            "--iterations=0", "--iterations=x", "--metrics=train_loss,accuracy", "--metrics=l0,l0", "--bogus",
            "--metrics=feature_sparsity"})
    void invalidInputExitsTwoWithOneErrorLineAndWritesNothing(String bad) {
        Path dir = tmp.resolve("out");
        String[] args = bad.startsWith("--")
                ? new String[] {"run", "diag-sgd-decay", "--out", dir.toString(), bad}
                : new String[] {"run", bad, "--out", dir.toString()};
        assertThat(run(args)).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("error: ");
        assertThat(dir).doesNotExist();
    }

    @Test
    void badPresetNamesTheFieldPath() {
        run("run", "src/test/resources/malformed/data-k-above-d.yaml", "--out", tmp.resolve("o").toString());
        assertThat(err.toString().strip()).isEqualTo(
                "error: data.k: must be an integer in [1, d=200], got 300");
    }

    @Test
    void outputUnderAFileIsInvalid() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThat(run("run", "toy-quadratic", "--out", file.resolve("sub").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --out: cannot create or write");
        assertThat(run("run", "toy-quadratic", "--out", file.toString())).isEqualTo(2);
    }

    @Test
    void missingOutIsInvalid() {
        assertThat(run("run", "toy-quadratic")).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().startsWith("error: Missing required option");
    }
}
