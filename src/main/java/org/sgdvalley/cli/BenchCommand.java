package org.sgdvalley.cli;

import java.util.concurrent.Callable;
import org.sgdvalley.bench.Benchmarks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: SGD steps per second of every bundled model, and the E1 workload's wall time against
 * the numpy reference and against the machine's arithmetic bound, then the desktop app's figures (see
 * {@link Benchmarks}); it chooses the headless platform when there is no display.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training speed: steps/s per model and the paper's E1 workload.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--quick", description = "Shorter warm-up and timing (less precise).")
    private boolean quick;

    @Option(names = "--engine-only", description = "Skip the desktop app's measurements (plots, window, memory).")
    private boolean engineOnly;

    @Override
    public Integer call() throws InterruptedException {
        Benchmarks benchmarks = new Benchmarks(spec.commandLine().getOut(), quick);
        benchmarks.engine();
        if (!engineOnly) {
            benchmarks.desktop(Headless.hasDisplay(), Headless::useIfNoDisplay);
        }
        return 0;
    }
}
