package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimsCommandTest extends InProcessCli {
    @Test
    @Timeout(60)
    void printsHowOftenEachClaimHolds() {
        assertThat(run("claims", "toy-quadratic", "--draws", "2", "--seed", "7")).isZero();
        String text = out.toString();
        assertThat(text).startsWith("toy-quadratic: 2 draws (draw i shifts the data, initialization and sampling "
                + "seeds by 7 + i)");
        assertThat(text.lines().filter(l -> l.startsWith("  holds in 2 of 2 draws, 0 diverged: "))).hasSize(3);
        assertThat(text).contains("the step 0.8 converges").doesNotContain("diverged in");
        assertThat(err.toString().lines()).containsExactly("claims: 1 of 2 draws done", "claims: 2 of 2 draws done");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--draws | 0 | error: --draws: must be an integer in [1, 1000], got 0",
            "--draws | 1001 | error: --draws: must be an integer in [1, 1000], got 1001",
            "--draws | many | error: Invalid value for option '--draws'",
            "--seed | -1 | error: --seed: must be an integer in [0, 1000000000], got -1",
            "--seed | 1e3 | error: Invalid value for option '--seed'"})
    void badOptionsAreOneErrorLine(String option, String value, String message) {
        assertThat(run("claims", "toy-quadratic", option, value)).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith(message);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownPresetOrOneWithoutClaimsIsOneErrorLine(@TempDir Path dir) throws IOException {
        assertThat(run("claims", "no-such-preset")).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1).allMatch(l -> l.startsWith("error: "));
        Path copy = dir.resolve("mine.yaml");
        String toy = new String(ClaimsCommandTest.class.getResourceAsStream("/presets/toy-quadratic.yaml")
                .readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(copy, toy.replace("name: toy-quadratic", "name: my-toy"));
        StringWriter fresh = new StringWriter();
        int code = Cli.execute(new String[] {"claims", copy.toString()}, new PrintWriter(out, true),
                new PrintWriter(fresh, true));
        assertThat(code).isEqualTo(2);
        assertThat(fresh.toString().lines()).containsExactly("error: PRESET: no claims are written for preset "
                + "\"my-toy\"; presets with claims: diag-gd-vs-sgd, diag-sgd-decay, diag-valley-2d, relu-1d-warmup, "
                + "relu-teacher-student, relu-three-layer, toy-quadratic");
        assertThat(out.toString()).isEmpty();
    }
}
