package org.sgdvalley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sgdvalley.engine.metric.MetricRegistry;
import org.sgdvalley.engine.metric.MetricSet;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.HeadlessRunner;
import org.sgdvalley.engine.run.RunResult;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.preset.TimeEstimate;
import org.sgdvalley.ui.PngReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code run PRESET --out DIR}: trains every run of a preset headless and writes its metrics. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Train a preset's runs and write DIR/metrics.csv and DIR/summary.json.")
final class RunCommand implements Callable<Integer> {
    private static final long MAX_ITERATIONS = 10_000_000_000L;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PRESET", description = "A bundled preset name or a preset YAML file.")
    private String preset;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the results.")
    private Path out;

    @Option(names = "--iterations", paramLabel = "N", description = "Override the number of steps of every run.")
    private Long iterations;

    @Option(names = "--seed", paramLabel = "S", description = "Override the data seed and every run's SGD seed.")
    private Long seed;

    @Option(names = "--metrics", paramLabel = "a,b", split = ",", description = "Override the metrics, e.g. "
            + "train_loss,test_loss,l0.")
    private List<String> metrics;

    @Option(names = "--force", description = "Overwrite results already in DIR (and the --save file).")
    private boolean force;

    @Option(names = "--save", paramLabel = "FILE", description = "Also save the whole session (spec, seeds, "
            + "parameters, sampler states, step-size and metric history) to FILE, to continue with 'resume'.")
    private Path save;

    @Option(names = "--stop-at", paramLabel = "S", description = "Stop every run at step S (of the planned "
            + "iterations), e.g. to save it there and resume later.")
    private Long stopAt;

    @Option(names = "--png", description = "Also write the four dashboard plots as PNG files (no display needed).")
    private boolean png;

    @Option(names = "--allow-long", description = "Run even when the time estimated from the spec is above "
            + "two days.")
    private boolean allowLong;

    @Override
    public Integer call() throws InterruptedException {
        ExperimentSpec experimentSpec = Overrides.apply(PresetCatalog.find(preset), iterations(), seed, metrics());
        requireAvailable(experimentSpec.metrics(), metrics == null ? "metrics" : "--metrics");
        List<String> files = new ArrayList<>(Outputs.RESULT_FILES);
        if (png) {
            files.addAll(PngReport.FILES);
            Headless.useIfNoDisplay();
        }
        Outputs outputs = new Outputs(out, save, force, png);
        outputs.check(files);
        long stop = stopAt(experimentSpec.iterations());
        PrintWriter err = spec.commandLine().getErr();
        announce(TimeEstimate.of(experimentSpec, stop, 0, Runtime.getRuntime().availableProcessors()), allowLong,
                iterations == null ? "iterations" : "--iterations", err);
        Experiment experiment = build(experimentSpec);
        long totalSteps = Math.min(stop, experimentSpec.iterations()) * experimentSpec.runs().size();
        Progress progress = new Progress(err, totalSteps, System.console() != null);
        List<RunResult> results = HeadlessRunner.allCores().run(experiment, progress, stop);
        progress.accept(totalSteps);
        progress.finish();
        warnUnavailableMetrics(err);
        outputs.publish(experiment, results);
        report(experiment.metrics().columns(), results);
        return 0;
    }

    /**
     * Refuses a run estimated above {@link TimeEstimate#MAX_SECONDS} unless {@code allowLong}, otherwise
     * shows the estimate on {@code err} when it is long enough to matter.
     */
    static void announce(TimeEstimate estimate, boolean allowLong, String iterationsField, PrintWriter err) {
        estimate.check(allowLong, iterationsField, "--allow-long");
        String line = estimate.line();
        if (line != null) {
            err.println(line);
            err.flush();
        }
    }

    /** One {@code warning:} line per metric that read NaN because a native routine is missing here. */
    static void warnUnavailableMetrics(PrintWriter err) {
        for (String notice = MetricSet.takeUnavailableNotice(); notice != null;
                notice = MetricSet.takeUnavailableNotice()) {
            err.println("warning: " + notice);
        }
        err.flush();
    }

    private long stopAt(long planned) {
        if (stopAt == null) {
            return Long.MAX_VALUE;
        }
        if (stopAt < 0 || stopAt > planned) {
            throw new InputException("--stop-at: must be an integer in [0, iterations=" + planned + "], got " + stopAt);
        }
        return stopAt;
    }

    private Long iterations() {
        if (iterations != null && (iterations < 1 || iterations > MAX_ITERATIONS)) {
            throw new InputException("--iterations: must be an integer in [1, " + MAX_ITERATIONS + "], got "
                    + iterations);
        }
        return iterations;
    }

    private List<String> metrics() {
        return metrics == null ? null : metrics.stream().map(String::strip).toList();
    }

    private static void requireAvailable(List<String> names, String where) {
        for (String name : names) {
            if (MetricRegistry.find(name) == null) {
                throw new InputException(where + ": " + name + " is not available in this build, available: "
                        + String.join(", ", MetricRegistry.names()));
            }
        }
    }

    private Experiment build(ExperimentSpec experimentSpec) {
        try {
            return new Experiment(experimentSpec);
        } catch (UnsupportedOperationException e) {
            throw new InputException(preset + ": " + e.getMessage() + " in this build");
        }
    }

    private void report(List<String> columns, List<RunResult> results) {
        PrintWriter stdout = spec.commandLine().getOut();
        for (RunResult result : results) {
            StringBuilder line = new StringBuilder(result.label()).append(": ");
            line.append(String.format("%,d steps in %.2f s", result.steps(), result.seconds()));
            if (result.divergence() != null) {
                line.append(", diverged at step ").append(result.divergence().iteration());
            }
            if (result.last() != null) {
                for (int i = 0; i < columns.size(); i++) {
                    line.append(String.format(", %s %.3g", columns.get(i), result.last().values()[i]));
                }
            }
            stdout.println(line);
        }
        stdout.println("wrote " + out.resolve(Outputs.METRICS_FILE) + " and " + out.resolve(Outputs.SUMMARY_FILE));
        stdout.flush();
    }
}
