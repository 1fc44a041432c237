package org.sgdvalley.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.sgdvalley.engine.run.Evaluation;
import org.sgdvalley.engine.run.RunResult;

/**
 * Writes metrics.csv: one row per run and evaluation point, columns {@code run,iteration,step_size}
 * and then one per metric. Non-finite values are written as {@code nan}, {@code inf} or {@code -inf}.
 */
public final class CsvWriter {
    private CsvWriter() {
    }

    /**
     * Writes the results to {@code file} atomically (a temporary file renamed into place).
     *
     * @param overwrite whether an existing file may be replaced
     */
    public static void write(Path file, List<String> columns, List<RunResult> results, boolean overwrite)
            throws IOException {
        AtomicFiles.writeText(file, overwrite, out -> write(out, columns, results));
    }

    /** Writes the CSV text to {@code out}. */
    public static void write(Writer out, List<String> columns, List<RunResult> results) throws IOException {
        out.write("run,iteration,step_size");
        for (String column : columns) {
            out.write(',');
            out.write(quote(column));
        }
        out.write('\n');
        for (RunResult result : results) {
            String label = quote(result.label());
            for (Evaluation e : result.evaluations()) {
                out.write(label);
                out.write(',');
                out.write(Long.toString(e.iteration()));
                out.write(',');
                out.write(number(e.stepSize()));
                for (double value : e.values()) {
                    out.write(',');
                    out.write(number(value));
                }
                out.write('\n');
            }
        }
    }

    /** A number that reads back to the same double; nan, inf or -inf for the others. */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return Double.toString(x);
    }

    private static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
