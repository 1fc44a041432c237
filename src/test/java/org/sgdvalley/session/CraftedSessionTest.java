package org.sgdvalley.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.RunResult;
import org.sgdvalley.preset.PresetCatalog;

/**
 * Sessions whose body was edited and whose header was recomputed to match: the body goes through the
 * preset checks, so each is refused with one line naming the field, never built, run or half read.
 */
class CraftedSessionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;

    /** A valid session of {@code preset} with {@code edit} applied to its body and a matching header. */
    private Path craft(String preset, Consumer<ObjectNode> edit) throws IOException {
        Experiment experiment = new Experiment(PresetCatalog.bundled(preset));
        List<RunResult> results = experiment.runs().stream()
                .map(r -> new RunResult(r.label(), List.of(), 0, null, 0, r.params().clone())).toList();
        Path file = tmp.resolve(preset + "-" + System.nanoTime() + ".session");
        SessionFile.write(file, Sessions.of(experiment, results), false);
        byte[] bytes = Files.readAllBytes(file);
        int newline = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\n');
        ObjectNode body = (ObjectNode) JSON.readTree(Arrays.copyOfRange(bytes, newline + 1, bytes.length));
        edit.accept(body);
        writeWithHeader(file, JSON.writeValueAsBytes(body), "1");
        return file;
    }

    private static void writeWithHeader(Path file, byte[] body, String version) throws IOException {
        String header = "{\"format\":\"sgd-valley-session\",\"version\":" + version + ",\"sha256\":\""
                + SessionFile.sha256(body) + "\",\"bytes\":" + body.length + "}\n";
        byte[] all = new byte[header.length() + body.length];
        System.arraycopy(header.getBytes(StandardCharsets.US_ASCII), 0, all, 0, header.length());
        System.arraycopy(body, 0, all, header.length(), body.length);
        Files.write(file, all);
    }

    private static ObjectNode spec(ObjectNode body) {
        return (ObjectNode) body.get("spec");
    }

    private static ObjectNode run(ObjectNode body, int i) {
        return (ObjectNode) spec(body).get("runs").get(i);
    }

    private static void assertRefused(Path file, String... parts) {
        assertThatThrownBy(() -> SessionFile.read(file)).isInstanceOf(SessionException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(parts).doesNotContain("\n", "\r", "Jackson",
                        "DeserializationFeature", "JsonToken", "org.sgdvalley", "com.fasterxml"));
    }

    @Test
    void anUntouchedCraftReadsBack() throws IOException {
        assertThat(SessionFile.read(craft("toy-quadratic", body -> { })).runs()).hasSize(3);
    }

    @Test
    void specFieldsAreCheckedLikeAPreset() throws IOException {
        assertRefused(craft("toy-quadratic", b -> spec(b).put("iterations", 1_000_000_000_000_000_000L)),
                "spec.iterations: must be an integer in [1, 10000000000]");
        assertRefused(craft("toy-quadratic", b -> ((ObjectNode) spec(b).get("evaluation")).put("first", Integer.MAX_VALUE)),
                "spec.evaluation.first:");
        assertRefused(craft("toy-quadratic", b -> ((ArrayNode) spec(b).get("metrics")).removeAll().add("bogus")),
                "spec.metrics[0]:");
        assertRefused(craft("toy-quadratic", b -> ((ArrayNode) spec(b).get("metrics")).removeAll()), "spec.metrics:");
        assertRefused(craft("diag-sgd-decay", b -> ((ObjectNode) run(b, 0).get("optimizer")).put("batchSize", 0)),
                "spec.runs[0].optimizer.batch:");
        assertRefused(craft("diag-sgd-decay", b -> ((ObjectNode) spec(b).get("data")).put("n", 20_000).put("d", 50_000)),
                "spec.data");
        assertRefused(craft("toy-quadratic", b -> ((ObjectNode) spec(b).get("data")).put("xMax", -5)),
                "spec.data.x_max: must be > x_min");
        assertRefused(craft("toy-quadratic", b -> run(b, 1).put("label", run(b, 0).get("label").asText())),
                "spec.runs[1].label: must be unique");
        assertRefused(craft("toy-quadratic", b -> run(b, 0).put("label", "eta\u001b[31m")),
                "spec.runs[0].label: must not hold control characters, got U+001B");
    }

    @Test
    void tooManyRunsAreRefused() throws IOException {
        assertRefused(craft("toy-quadratic", b -> {
            ArrayNode runs = (ArrayNode) spec(b).get("runs");
            ArrayNode saved = (ArrayNode) b.get("runs");
            for (int i = runs.size(); i < 36; i++) {
                runs.add(((ObjectNode) runs.get(0).deepCopy()).put("label", "run " + i));
                saved.add(((ObjectNode) saved.get(0).deepCopy()).put("label", "run " + i));
            }
        }), "spec.runs: must be a list of 1 to 32 entries");
    }

    @Test
    void runStatesAreChecked() throws IOException {
        assertRefused(craft("toy-quadratic", b -> ((ObjectNode) b.get("runs").get(0).get("state"))
                .put("iteration", 1L << 62)), "runs[0]: iteration must be in [0, iterations=");
        assertRefused(craft("toy-quadratic", b -> ((ObjectNode) b.get("runs").get(0)).remove("state")),
                "runs[0].state: missing");
        assertRefused(craft("toy-quadratic", b -> ((ObjectNode) b.get("runs").get(0).get("state").get("sampler"))
                .put("position", 1000)), "runs[0].state.sampler: position must be in [0, 100], got 1000");
        assertRefused(craft("toy-quadratic", b -> ((ObjectNode) b.get("runs").get(0).get("state").get("sampler"))
                .set("permutation", JSON.valueToTree(new int[100]))), "runs[0].state.sampler: not a permutation of 0..99");
        ExperimentSession rowsTooShort = SessionFile.read(craft("toy-quadratic", b -> ((ObjectNode) b.get("runs")
                .get(0)).putArray("evaluations").addObject().put("iteration", 0).put("stepSize", 0.1).put("values", "")));
        assertThatThrownBy(() -> Sessions.restore(rowsTooShort, rowsTooShort.spec(), "s"))
                .hasMessage("s: damaged: runs[0].evaluations[0]: 0 values, the metrics give 3 columns");
    }

    @Test
    void theVersionIsAnInteger() throws IOException {
        Path file = craft("toy-quadratic", b -> { });
        byte[] bytes = Files.readAllBytes(file);
        int newline = new String(bytes, StandardCharsets.ISO_8859_1).indexOf('\n');
        byte[] body = Arrays.copyOfRange(bytes, newline + 1, bytes.length);
        for (String version : List.of("\"1\"", "1.5", "1.0", "2")) {
            writeWithHeader(file, body, version);
            assertRefused(file, "session format version " + version + " is not supported");
        }
    }

    @Test
    @Timeout(10)
    void aBodyTooLargeForTheHeapIsRefusedUnread() throws IOException {
        long body = Runtime.getRuntime().maxMemory() / 4;
        Path file = tmp.resolve("huge.session");
        String header = "{\"format\":\"sgd-valley-session\",\"version\":1,\"sha256\":\"0\",\"bytes\":" + body + "}\n";
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(header.getBytes(StandardCharsets.US_ASCII));
            raf.setLength(header.length() + body);
        }
        assertRefused(file, "needs about", "of memory to read");
    }

    @Test
    void aBodyThatIsNotJsonIsNamedPlainly() throws IOException {
        Path file = tmp.resolve("bad.session");
        writeWithHeader(file, "{\"spec\": [".getBytes(StandardCharsets.US_ASCII), "1");
        assertRefused(file, "damaged: ");
        writeWithHeader(file, "{\"spec\": [] , \"runs\": []}".getBytes(StandardCharsets.US_ASCII), "1");
        assertRefused(file, "damaged: spec: missing, null or of the wrong kind");
    }
}
