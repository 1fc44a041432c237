package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of the command line, through {@code run}: each malformed preset of the corpus, a
 * 50 MB file, a folder, bad option values. Each gives exit code 2, exactly one {@code error:} line on
 * stderr naming the field, within 2 seconds, and writes nothing.
 */
class BadInputCliTest {
    @TempDir
    static Path tmp;

    static Stream<Arguments> corpus() throws IOException {
        String tsv = Files.readString(Path.of("src/test/resources/malformed/expected.tsv"));
        return tsv.lines().map(l -> l.split("\t")).map(f -> Arguments.of(f[0], f[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyMalformedPresetExitsTwoWithOneLine(String name, String path) throws IOException {
        Path file = Path.of("src/test/resources/malformed", name + ".yaml");
        String expectedPath = path.equals("(file)") ? file.toString() : path;
        assertOneErrorLine(expectedPath + ": ", "run", file.toString(), "--out", tmp.resolve("out-" + name).toString());
    }

    static Stream<Arguments> badOptions() throws IOException {
        Path aFile = Files.writeString(tmp.resolve("a-file"), "x");
        Path big = tmp.resolve("big.yaml");
        try (var channel = FileChannel.open(big, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap("name: x\n".getBytes(StandardCharsets.UTF_8)), 50L << 20);
        }
        String out = tmp.resolve("never").toString();
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of(big + ": file is larger than 1 MB", new String[] {"run", big.toString(), "--out", out}));
        cases.add(Arguments.of(tmp + ": is a directory", new String[] {"run", tmp.toString(), "--out", out}));
        cases.add(Arguments.of("no-such-preset", new String[] {"run", "no-such-preset", "--out", out}));
        cases.add(Arguments.of("--iterations: must be an integer in [1, ",
                new String[] {"run", "toy-quadratic", "--iterations", "0", "--out", out}));
        cases.add(Arguments.of("--iterations", new String[] {"run", "toy-quadratic", "--iterations", "abc", "--out", out}));
        cases.add(Arguments.of("--iterations", new String[] {"run", "toy-quadratic", "--iterations", "1e400", "--out", out}));
        cases.add(Arguments.of("--seed", new String[] {"run", "toy-quadratic", "--seed", "NaN", "--out", out}));
        cases.add(Arguments.of("--metrics", new String[] {"run", "toy-quadratic", "--metrics", "bogus", "--out", out}));
        cases.add(Arguments.of("--metrics", new String[] {"run", "toy-quadratic", "--metrics", "l0", "--out", out}));
        cases.add(Arguments.of("--out: " + aFile + " is a file", new String[] {"run", "toy-quadratic", "--out",
                aFile.toString()}));
        cases.add(Arguments.of("--stop-at: must be an integer in [0, iterations=",
                new String[] {"run", "toy-quadratic", "--stop-at", "-1", "--out", out}));
        cases.add(Arguments.of("--save: " + tmp + " is a folder",
                new String[] {"run", "toy-quadratic", "--save", tmp.toString(), "--out", out}));
        cases.add(Arguments.of("Unknown option", new String[] {"run", "toy-quadratic", "--bogus", "--out", out}));
        cases.add(Arguments.of("Missing required option", new String[] {"run", "toy-quadratic"}));
        cases.add(Arguments.of("not an SGD Valley session", new String[] {"resume", aFile.toString(), "--out", out}));
        cases.add(Arguments.of("is a folder", new String[] {"resume", tmp.toString(), "--out", out}));
        String malformed = Path.of("src/test/resources/malformed/alias-bomb.yaml").toString();
        cases.add(Arguments.of("a: uses an anchor", new String[] {"gui", "--preset", malformed}));
        cases.add(Arguments.of("no-such-preset", new String[] {"gui", "--preset", "no-such-preset"}));
        cases.add(Arguments.of("--after-steps: must be an integer in [1, ", new String[] {"gui", "--after-steps", "0"}));
        cases.add(Arguments.of("--screenshot: must be a file name ending in .png",
                new String[] {"gui", "--screenshot", tmp.resolve("x.txt").toString()}));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void everyBadOptionExitsTwoWithOneLine(String fragment, String[] args) {
        assertOneErrorLine(fragment, args);
        assertThat(tmp.resolve("never")).doesNotExist();
    }

    private static void assertOneErrorLine(String fragment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Cli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(code).as(err.toString()).isEqualTo(Cli.INVALID_INPUT);
        assertThat(err.toString().lines()).as(err.toString()).hasSize(1);
        assertThat(err.toString()).startsWith("error: ").contains(fragment).doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
        assertThat(seconds).as("seconds").isLessThan(2.0);
        Path target = Path.of(args[args.length - 1]);
        if (args[args.length - 2].equals("--out") && target.startsWith(tmp) && !target.equals(tmp)
                && target.getFileName().toString().startsWith("out-")) {
            assertThat(target).doesNotExist();
        }
    }

    @Test
    void theCorpusCoversEveryCategoryOfTheIssue() throws IOException {
        List<String> names = corpus().map(a -> (String) a.get()[0]).toList();
        for (String kind : List.of("syntax-", "-string", "missing-", "unknown-key", "-negative", "-zero", "nan", "inf",
                "batch-above-n", "k-above-d", "d-billion", "width-huge", "deep-nesting", "alias", "anchor",
                "non-utf8", "empty", "tag-")) {
            assertThat(names).as(kind).anyMatch(n -> n.contains(kind));
        }
    }
}
