package org.sgdvalley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sgdvalley.engine.metric.MissingLapack;

/** `run` on a platform whose OpenBLAS lacks LAPACKE (simulated): one warning line, rank NaN, the rest written. */
class MissingNativeCliTest {
    @TempDir
    Path tmp;

    @Test
    void runWarnsOnceAndWritesRankAsNaN() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path dir = tmp.resolve("e6");
        int code;
        try (MissingLapack missing = MissingLapack.simulate()) {
            code = Cli.execute(new String[] {"run", "relu-three-layer", "--out", dir.toString(), "--iterations", "200",
                    "--metrics", "train_loss,rank"}, new PrintWriter(out, true), new PrintWriter(err, true));
        }
        assertThat(code).isZero();
        assertThat(err.toString().lines().filter(l -> l.startsWith("warning: ")).toList()).containsExactly(
                "warning: rank unavailable: LAPACKE_dgesvd is missing from the native libraries for "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                        + " (java.lang.UnsatisfiedLinkError: 'int org.bytedeco.openblas.global.openblas"
                        + ".LAPACKE_dgesvd(...)'); training goes on without it");
        List<String> csv = Files.readAllLines(dir.resolve("metrics.csv"));
        assertThat(csv.get(0)).isEqualTo("run,iteration,step_size,train_loss,rank");
        // a finite training loss, then rank(phi) as NaN
        assertThat(csv.subList(1, csv.size())).isNotEmpty().allMatch(row -> row.matches(".*,[-0-9.eE]+,nan"));
    }
}
