package org.sgdvalley.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.sgdvalley.engine.run.Evaluation;
import org.sgdvalley.engine.run.RunResult;

/** Every number in a CSV file in one format, with no locale, reading back to the same double. */
class CsvNumberTest {
    private static final String PLAIN = "-?[0-9]+(\\.[0-9]+)?";

    @Test
    void smallAndOrdinaryNumbersShareOneFormat() {
        assertThat(CsvWriter.number(2e-4)).isEqualTo("0.0002");
        assertThat(CsvWriter.number(0.002)).isEqualTo("0.002");
        assertThat(CsvWriter.number(0.275)).isEqualTo("0.275");
        assertThat(CsvWriter.number(1500)).isEqualTo("1500");
        assertThat(CsvWriter.number(1e7)).isEqualTo("10000000");
        assertThat(CsvWriter.number(-3.53)).isEqualTo("-3.53");
        assertThat(CsvWriter.number(1.5e-10)).isEqualTo("0.00000000015");
        assertThat(CsvWriter.number(0.0)).isEqualTo("0");
        assertThat(CsvWriter.number(Double.NaN)).isEqualTo("nan");
    }

    @Test
    void everyDoubleReadsBackExactly() {
        SplittableRandom random = new SplittableRandom(7);
        List<Double> special = List.of(Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL, -0.0, 1e-300, 0.1,
                1.0 / 3, 123456789012345678.0);
        for (double x : special) {
            assertThat(Double.parseDouble(CsvWriter.number(x))).as("%s", x).isEqualTo(x);
        }
        for (int i = 0; i < 10_000; i++) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(x) && x != 0) {
                String text = CsvWriter.number(x);
                assertThat(text).matches(PLAIN);
                assertThat(Double.parseDouble(text)).as(text).isEqualTo(x);
            }
        }
    }

    @Test
    void aMetricsFileWritesStepSizesAndMetricsAlike() throws Exception {
        RunResult run = new RunResult("eta=2e-4", List.of(new Evaluation(0, 2e-4, new double[] {0.0002, 0.02}),
                new Evaluation(10, 0.002, new double[] {12.5, 1e-32})), 10, null, 0.1, new double[0]);
        StringWriter out = new StringWriter();
        CsvWriter.write(out, List.of("train_loss", "l0"), List.of(run));
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).containsExactly("run,iteration,step_size,train_loss,l0",
                "eta=2e-4,0,0.0002,0.0002,0.02",
                "eta=2e-4,10,0.002,12.5,0." + "0".repeat(31) + "1");
    }
}
