package org.sgdvalley.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.sgdvalley.engine.run.Evaluation;
import org.sgdvalley.engine.run.RunResult;

/**
 * The text of summary.json: the preset name and, per run, its label, steps taken, divergence, training
 * seconds and the metrics at its last evaluation (non-finite values as {@code null}).
 */
public final class SummaryWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryWriter() {
    }

    /** Writes the summary's JSON text to {@code out}. */
    public static void write(Writer out, String preset, List<String> columns, List<RunResult> results)
            throws IOException {
        out.write(JSON.writeValueAsString(summary(preset, columns, results)) + "\n");
    }

    /** The summary as a JSON tree. */
    public static ObjectNode summary(String preset, List<String> columns, List<RunResult> results) {
        ObjectNode root = JSON.createObjectNode();
        root.put("preset", preset);
        ArrayNode runs = root.putArray("runs");
        for (RunResult result : results) {
            ObjectNode run = runs.addObject();
            run.put("label", result.label());
            run.put("steps", result.steps());
            run.put("diverged", result.divergence() != null);
            if (result.divergence() == null) {
                run.putNull("diverged_at");
            } else {
                run.put("diverged_at", result.divergence().iteration());
            }
            putNumber(run, "seconds", result.seconds());
            ObjectNode last = run.putObject("final");
            Evaluation evaluation = result.last();
            for (int i = 0; i < columns.size(); i++) {
                putNumber(last, columns.get(i), evaluation == null ? Double.NaN : evaluation.values()[i]);
            }
        }
        return root;
    }

    private static void putNumber(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
