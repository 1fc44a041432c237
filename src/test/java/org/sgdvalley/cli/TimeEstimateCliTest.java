package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.preset.TimeEstimate;

/** {@code run} and {@code resume} refuse what would take days, before any work, unless told to. */
class TimeEstimateCliTest {
    private static final String DAYS = "10000000000";
    @TempDir
    Path tmp;
    private StringWriter err = new StringWriter();

    private int execute(String... args) {
        err = new StringWriter();
        return Cli.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    @Test
    @Timeout(30)
    void runRefusesDaysOfStepsWithOneLineAndWritesNothing() {
        Path out = tmp.resolve("out");
        assertThat(execute("run", "diag-gd-vs-sgd", "--iterations", DAYS, "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .matches("error: --iterations, runs: the experiment would take about [\\d,]+ days \\(5 runs x "
                        + "10,000,000,000 steps; sharpness at 350 points\\), more than the 2 days allowed; .* or pass "
                        + "--allow-long");
        assertThat(out).doesNotExist();
    }

    @Test
    @Timeout(60)
    void resumeRefusesDaysOfStepsLeft() {
        Path session = tmp.resolve("s.session");
        assertThat(execute("run", "diag-gd-vs-sgd", "--iterations", "20", "--out", tmp.resolve("a").toString(),
                "--save", session.toString())).isZero();
        Path out = tmp.resolve("b");
        assertThat(execute("resume", session.toString(), "--iterations", DAYS, "--out", out.toString()))
                .isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("error: --iterations, runs: the experiment would take about ");
        assertThat(out).doesNotExist();
    }

    @Test
    void theEstimateIsOneLineBeforeTraining() {
        StringWriter shown = new StringWriter();
        RunCommand.announce(TimeEstimate.of(PresetCatalog.bundled("diag-sgd-decay"), Long.MAX_VALUE, 0, 2), false,
                "iterations", new PrintWriter(shown));
        assertThat(shown.toString().lines().toList()).singleElement().asString()
                .matches("estimate: about \\d+ s \\(4 runs x 100,001 steps; rank at 150 points\\)");
    }
}
