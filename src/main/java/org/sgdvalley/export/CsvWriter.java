package org.sgdvalley.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.sgdvalley.engine.run.Evaluation;
import org.sgdvalley.engine.run.RunResult;

/**
 * Writes metrics.csv: one row per run and evaluation point, columns {@code run,iteration,step_size}
 * and then one per metric, every number in one format (see {@link #number}).
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

    /**
     * The one number format of every CSV file: plain decimal notation with the fewest digits that read
     * back to the same double, whatever the size ({@code 0.275}, {@code 0.0002}, {@code 200},
     * {@code 0.00000000000000000000000000000001}), with no locale and no exponent; {@code -0} for
     * negative zero, and {@code nan}, {@code inf} or {@code -inf} for the others.
     */
    static String number(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return 1 / x < 0 ? "-0" : "0";
        }
        return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }

    private static String quote(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
