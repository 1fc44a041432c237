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
import org.slf4j.LoggerFactory;

/**
 * Command-line overrides are checked with the preset as a whole: a number of iterations that makes
 * the evaluation plan or the memory too large is refused at once, by {@code run} and by {@code resume};
 * and what gets through after all, or a library's chatter, still leaves one line on stderr.
 */
class WholeSpecCliTest {
    @TempDir
    Path tmp;
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    private Path everyStep() throws IOException {
        String toy = new String(getClass().getResourceAsStream("/presets/toy-quadratic.yaml").readAllBytes(),
                StandardCharsets.UTF_8);
        Path yaml = tmp.resolve("every-step.yaml");
        Files.writeString(yaml, toy.replace("iterations: 10001", "iterations: 100\nevaluation: {every: 1}"));
        return yaml;
    }

    @Test
    @Timeout(20)
    void anEvaluationAtEveryStepOfTenBillionStepsIsRefusedByRunAndResume() throws IOException {
        Path yaml = everyStep();
        assertThat(run("run", yaml.toString(), "--iterations", "10000000000", "--out", tmp.resolve("o").toString()))
                .isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("error: with --iterations 10000000000: evaluation.every: gives "
                + "10000000001 evaluation points, at most 1000000 allowed");
        Path session = tmp.resolve("s.session");
        assertThat(run("run", yaml.toString(), "--stop-at", "50", "--save", session.toString(), "--out",
                tmp.resolve("first").toString())).isZero();
        err.getBuffer().setLength(0);
        assertThat(run("resume", session.toString(), "--iterations", "10000000000", "--out",
                tmp.resolve("r").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("error: with --iterations 10000000000: evaluation.every:");
        assertThat(tmp.resolve("o")).doesNotExist();
        assertThat(tmp.resolve("r")).doesNotExist();
    }

    @Test
    void nd4jDoesNotAnnounceItselfOnStderr() {
        assertThat(LoggerFactory.getLogger("org.nd4j.linalg.factory.Nd4jBackend").isInfoEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.nd4j.linalg.factory.Nd4jBackend").isWarnEnabled()).isTrue();
    }

    @Test
    void runningOutOfMemoryAfterAllIsOneLineWithoutAStackTrace() {
        StringWriter e = new StringWriter();
        int code = Cli.failure(new IllegalStateException("a run failed",
                new OutOfMemoryError("Java heap space")), new PrintWriter(e, true));
        assertThat(code).isEqualTo(Cli.INTERNAL_FAILURE);
        assertThat(e.toString().lines()).singleElement().asString()
                .startsWith("error: out of memory: the experiment did not fit the Java heap (")
                .doesNotContain("Exception", "java.lang");
    }
}
