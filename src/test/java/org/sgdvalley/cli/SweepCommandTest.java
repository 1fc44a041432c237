package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sgdvalley.export.PngExporter;

/** {@code sweep}: its files, resuming an interrupted sweep, and one-line errors on bad input. */
@Timeout(120)
class SweepCommandTest extends InProcessCli {
    private static final String RUN = "eta=0.275, decay at 10%";
    @TempDir
    Path tmp;


    private int sweep(Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("sweep", "diag-sgd-decay", "--run", RUN, "--x",
                "step_size=0.22:0.3:3", "--y", "decay_at=0.2:0.6:2", "--seeds", "2", "--iterations", "2000",
                "--out", dir.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    @Test
    void writesTheCsvTheSummaryAndAMapPerQuantity() throws IOException {
        Path dir = tmp.resolve("e1");
        assertThat(sweep(dir)).as(err.toString()).isZero();
        List<String> csv = Files.readAllLines(dir.resolve("sweep.csv"));
        assertThat(csv.get(0)).isEqualTo("x_index,y_index,seed,step_size,decay_at,sgd_seed,data_seed,steps,diverged,"
                + "diverged_at,train_loss,test_loss,l0,l1,rank,stabilized_loss,stabilization_step");
        assertThat(csv).hasSize(1 + 3 * 2 * 2);
        assertThat(csv.get(1)).startsWith("0,0,0,0.22,0.2,5,0,2000,false,,");
        assertThat(csv.get(2)).startsWith("0,0,1,0.22,0.2,6,0,2000,");
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.get("run").asText()).isEqualTo(RUN);
        assertThat(summary.get("cells").asInt()).isEqualTo(12);
        assertThat(summary.get("grid")).hasSize(6);
        assertThat(summary.get("x").get("parameter").asText()).isEqualTo("step_size");
        assertThat(summary.get("preset_runs")).hasSize(3);
        for (String q : List.of("l0", "test_loss", "rank", "diverged", "stabilized_loss")) {
            var meta = PngExporter.readMetadata(dir.resolve("map-" + q + ".png"));
            assertThat(meta).containsEntry("Preset", "diag-sgd-decay").containsEntry("Quantity", q)
                    .containsEntry("Run", RUN);
            assertThat(meta.get("Sweep")).contains("step_size=0.22:0.3:3", "decay_at=0.2:0.6:2", "seeds 2");
        }
        assertThat(err.toString()).contains("sweep: 100% (12 of 12 cells)").contains("left");
    }

    @Test
    void anInterruptedSweepResumesToTheSameCsv() throws IOException {
        Path whole = tmp.resolve("whole");
        assertThat(sweep(whole)).isZero();
        List<String> lines = Files.readAllLines(whole.resolve("sweep.csv"));
        // what an interrupted sweep leaves: the header, some rows in the order they finished, a cut line
        List<String> finished = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(finished, new Random(3));
        Path cut = tmp.resolve("cut");
        Files.createDirectories(cut);
        StringBuilder partial = new StringBuilder(lines.get(0)).append('\n');
        finished.subList(0, 5).forEach(l -> partial.append(l).append('\n'));
        partial.append(finished.get(5), 0, 20);
        Files.writeString(cut.resolve("sweep.csv"), partial);
        err.getBuffer().setLength(0);
        assertThat(sweep(cut, "--resume")).as(err.toString()).isZero();
        assertThat(err.toString()).contains("(5 of 12 cells)").doesNotContain("(0 of 12 cells)");
        assertThat(Files.readString(cut.resolve("sweep.csv"))).isEqualTo(Files.readString(whole.resolve("sweep.csv")));
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("--x", "speed=0.1:0.3:3", "--x: unknown parameter \"speed\", allowed: step_size"),
                Arguments.of("--x", "step_size=0.1:0.3", "--x: expected step_size=lo:hi:count[:log]"),
                Arguments.of("--x", "step_size=0.3:0.1:3", "--x: needs finite lo < hi"),
                Arguments.of("--x", "step_size=a:0.3:3", "--x: expected numbers in step_size=lo:hi:count"),
                Arguments.of("--x", "step_size=-0.1:0.3:3", "--x: step_size must be a number > 0, got -0.1"),
                Arguments.of("--x", "step_size=0.1:0.3:0", "--x: count must be an integer in [1, 1000], got 0"),
                Arguments.of("--x", "step_size=0:0.3:3:log", "--x: a log axis needs lo > 0"),
                Arguments.of("--y", "decay_at=0.1:1.5:3", "--y: decay_at must be a fraction in (0, 1), got 1.5"),
                Arguments.of("--y", "step_size=0.1:0.2:3", "--y: must vary another parameter than --x"),
                Arguments.of("--y", "batch=1:200:3", "--y: batch must be a whole number in [1, n=80], got 200.0"),
                Arguments.of("--y", "warmup_until=0.1:0.5:3", "--y: warmup_until needs a run with a warm-up"),
                Arguments.of("--y", "sgd_seed=1:2:5", "--y: sgd_seed takes whole numbers"),
                Arguments.of("--run", "nope", "--run: no run labelled \"nope\" in diag-sgd-decay"),
                Arguments.of("--seeds", "0", "--seeds: must be an integer in [1, 100], got 0"),
                Arguments.of("--iterations", "0", "--iterations: must be an integer in [1, 10000000000], got 0"),
                Arguments.of("--resume", "", "--resume: there is no"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsOneLineWithExitTwoAndWritesNothing(String option, String value, String message) {
        Path dir = tmp.resolve("bad");
        List<String> args = new ArrayList<>(List.of("sweep", "diag-sgd-decay", "--run", RUN, "--x",
                "step_size=0.22:0.3:3", "--y", "decay_at=0.2:0.6:2", "--iterations", "500", "--out", dir.toString()));
        int at = args.indexOf(option);
        if (at >= 0) {
            args.set(at + 1, value);
        } else {
            args.add(option);
            if (!value.isEmpty()) {
                args.add(value);
            }
        }
        assertThat(run(args.toArray(String[]::new))).isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(1).first().asString().startsWith("error: " + message);
        assertThat(dir).doesNotExist();
    }

    @Test
    void aRunWithoutDecayCannotSweepTheDecay() {
        assertThat(run("sweep", "diag-sgd-decay", "--run", "SGD eta=0.22", "--x", "step_size=0.2:0.3:3", "--y",
                "decay_at=0.1:0.9:3", "--out", tmp.resolve("d").toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: --y: decay_at needs a run with a step-size decay; "
                + "\"SGD eta=0.22\" has none" + System.lineSeparator());
    }

    @Test
    void resumingAnotherSweepIsRefused() throws IOException {
        Path dir = tmp.resolve("other");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("sweep.csv"), "x_index,y_index,seed,batch\n");
        assertThat(sweep(dir, "--resume")).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: --resume: " + dir.resolve("sweep.csv") + " holds another sweep");
        assertThat(Files.readString(dir.resolve("sweep.csv"))).isEqualTo("x_index,y_index,seed,batch\n");
    }
}
