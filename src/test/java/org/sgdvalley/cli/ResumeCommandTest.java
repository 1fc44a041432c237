package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code run --save} then {@code resume}: the same metrics.csv, bit for bit, as an uninterrupted run. */
class ResumeCommandTest extends InProcessCli {
    @TempDir
    Path tmp;


    /**
     * Stopped at s of a plan of N steps, saved, resumed: every model type, schedules with decays and
     * warm-ups, every metric of each preset, including the diagonal net's rank(phi), which counts
     * singular values above 1e-15 relative, at round-off level.
     */
    @ParameterizedTest(name = "{0} stopped at {2} of {1}")
    @CsvSource({"diag-sgd-decay, 3000, 1234", "toy-quadratic, 600, 301", "relu-1d-warmup, 800, 333",
            "relu-teacher-student, 300, 150", "diag-gd-vs-sgd, 500, 250", "relu-three-layer, 100, 41"})
    void savedAtSAndResumedToNEqualsAnUninterruptedRun(String preset, long n, long s) throws IOException {
        Path whole = tmp.resolve("whole");
        Path first = tmp.resolve("first");
        Path rest = tmp.resolve("rest");
        Path session = tmp.resolve("s.session");
        assertThat(run("run", preset, "--iterations", "" + n, "--out", whole.toString())).as(err.toString()).isZero();
        assertThat(run("run", preset, "--iterations", "" + n, "--stop-at", "" + s, "--save", session.toString(),
                "--out", first.toString())).as(err.toString()).isZero();
        assertThat(Files.readAllLines(first.resolve("metrics.csv")).size())
                .isLessThan(Files.readAllLines(whole.resolve("metrics.csv")).size());
        assertThat(run("resume", session.toString(), "--iterations", "" + n, "--out", rest.toString()))
                .as(err.toString()).isZero();
        assertThat(Files.readAllLines(rest.resolve("metrics.csv")))
                .containsExactlyElementsOf(Files.readAllLines(whole.resolve("metrics.csv")));
    }

    @Test
    void aShortRunSavedAtItsEndExtendsExactlyWhenThePlanDoesNotDependOnTheLength() throws IOException {
        Path yaml = tmp.resolve("p.yaml");
        String text = new String(ResumeCommandTest.class.getResourceAsStream("/presets/diag-sgd-decay.yaml")
                .readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).contains("evaluation:");
        // constant step size and evaluation every 100 steps: the first 2000 steps do not depend on N
        text = text.replaceAll("(?m)^evaluation:.*$", "evaluation: {every: 100}");
        text = text.replaceAll("(?s)runs:.*", "runs:\n  - {label: a, optimizer: {type: sgd, batch: 1, seed: 1}, "
                + "schedule: {type: constant, step_size: 0.25}}\n");
        Files.writeString(yaml, text);
        Path whole = tmp.resolve("whole");
        Path rest = tmp.resolve("rest");
        Path session = tmp.resolve("short.session");
        assertThat(run("run", yaml.toString(), "--iterations", "5000", "--out", whole.toString())).as(err.toString())
                .isZero();
        assertThat(run("run", yaml.toString(), "--iterations", "2000", "--save", session.toString(), "--out",
                tmp.resolve("short").toString())).as(err.toString()).isZero();
        assertThat(run("resume", session.toString(), "--iterations", "5000", "--out", rest.toString()))
                .as(err.toString()).isZero();
        assertThat(Files.readAllLines(rest.resolve("metrics.csv")))
                .containsExactlyElementsOf(Files.readAllLines(whole.resolve("metrics.csv")));
    }

    /** Resumed to another length than planned: the rows up to s are the saved run's, then a plan of the new length. */
    @Test
    void resumedToAnotherLengthKeepsTheSavedRowsAndFollowsTheNewPlanAfterwards() throws IOException {
        Path planned = tmp.resolve("planned");
        Path session = tmp.resolve("s.session");
        assertThat(run("run", "toy-quadratic", "--iterations", "600", "--metrics", "train_loss", "--out",
                planned.toString())).isZero();
        assertThat(run("run", "toy-quadratic", "--iterations", "600", "--metrics", "train_loss", "--stop-at", "301",
                "--save", session.toString(),
                "--out", tmp.resolve("first").toString())).isZero();
        assertThat(run("resume", session.toString(), "--iterations", "1000", "--out", tmp.resolve("longer").toString()))
                .as(err.toString()).isZero();
        Function<Path, List<String>> upToS = dir -> {
            try {
                return Files.readAllLines(dir.resolve("metrics.csv")).stream().skip(1)
                        .filter(l -> Long.parseLong(l.replaceFirst("^(\"[^\"]*\"|[^,]*),", "").split(",")[0]) <= 301)
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        assertThat(upToS.apply(tmp.resolve("longer"))).isNotEmpty().containsExactlyElementsOf(upToS.apply(planned));
        assertThat(Files.readAllLines(tmp.resolve("longer").resolve("metrics.csv"))).last().asString()
                .startsWith("\"eta=1.02, halved at 50%\",1000,0.51,");
    }

    @Test
    void neverOverwritesASessionWithoutForce() throws IOException {
        Path session = tmp.resolve("s.session");
        Files.writeString(session, "keep me");
        assertThat(run("run", "toy-quadratic", "--iterations", "50", "--save", session.toString(), "--out",
                tmp.resolve("o").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("error: --save: " + session
                + " already exists; pass --force to overwrite it");
        assertThat(Files.readString(session)).isEqualTo("keep me");
        assertThat(tmp.resolve("o")).doesNotExist();
        assertThat(run("run", "toy-quadratic", "--iterations", "50", "--save", session.toString(), "--out",
                tmp.resolve("o").toString(), "--force")).isZero();
        assertThat(Files.readString(session)).startsWith("{\"format\":\"sgd-valley-session\"");
    }

    @Test
    void damagedForeignOrTooShortSessionsGiveOneLineAndWriteNothing() throws IOException {
        Path good = tmp.resolve("good.session");
        assertThat(run("run", "toy-quadratic", "--iterations", "100", "--stop-at", "50", "--save", good.toString(),
                "--out", tmp.resolve("o").toString())).isZero();
        byte[] bytes = Files.readAllBytes(good);
        Path flipped = tmp.resolve("flipped.session");
        byte[] changed = bytes.clone();
        changed[changed.length - 10] ^= 1;
        Files.write(flipped, changed);
        Path cut = tmp.resolve("cut.session");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        Path foreign = tmp.resolve("foreign.session");
        Files.writeString(foreign, "{\"hello\": 1}\n{}");
        Path yaml = tmp.resolve("preset.session");
        Files.write(yaml, ResumeCommandTest.class.getResourceAsStream("/presets/toy-quadratic.yaml").readAllBytes());
        String[][] cases = {{flipped.toString(), "damaged: checksum mismatch"}, {cut.toString(), "damaged: expected"},
                {foreign.toString(), "not an SGD Valley session file"}, {yaml.toString(), "not an SGD Valley session"},
                {tmp.toString(), "is a folder"}, {tmp.resolve("none").toString(), "no such session file"}};
        for (String[] c : cases) {
            StringWriter e = new StringWriter();
            int code = Cli.execute(new String[] {"resume", c[0], "--out", tmp.resolve("r").toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(e, true));
            assertThat(code).as(c[0]).isEqualTo(2);
            assertThat(e.toString().lines()).as(c[0]).hasSize(1).first().asString().startsWith("error: ")
                    .contains(c[1]);
            assertThat(tmp.resolve("r")).doesNotExist();
        }
        StringWriter e = new StringWriter();
        assertThat(Cli.execute(new String[] {"resume", good.toString(), "--iterations", "10", "--out",
                tmp.resolve("r").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(e, true))).isEqualTo(2);
        assertThat(e.toString()).startsWith("error: --iterations: must be an integer in [50, ");
    }
}
