package org.sgdvalley.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sgdvalley.engine.edge.Edge;
import org.sgdvalley.engine.edge.EdgeFinder;
import org.sgdvalley.engine.edge.RunProbe;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.RunSpec;
import org.sgdvalley.preset.PresetCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edge PRESET [--run LABEL]}: the largest step size that does not diverge, by short runs and bisection. */
@Command(name = "edge", mixinStandardHelpOptions = true,
        description = "Estimate the edge of stability (the largest step size that does not diverge) of a run.")
final class EdgeCommand implements Callable<Integer> {
    static final long MAX_STEPS = 1_000_000;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PRESET", description = "A bundled preset name or a preset YAML file.")
    private String preset;

    @Option(names = "--run", paramLabel = "LABEL", description = "The run whose optimizer is probed (default: the first).")
    private String runLabel;

    @Option(names = "--steps", paramLabel = "N", description = "Steps of each probe from the initialization "
            + "(default ${DEFAULT-VALUE}).", defaultValue = "" + RunProbe.DEFAULT_STEPS)
    private long steps;

    @Override
    public Integer call() {
        if (steps < 1 || steps > MAX_STEPS) {
            throw new InputException("--steps: must be an integer in [1, " + MAX_STEPS + "], got " + steps);
        }
        ExperimentSpec experimentSpec = PresetCatalog.find(preset);
        int index = runIndex(experimentSpec, runLabel);
        RunSpec run = experimentSpec.runs().get(index);
        Experiment experiment = new Experiment(experimentSpec);
        long start = System.nanoTime();
        Edge edge = EdgeFinder.find(new RunProbe(experiment, index, null, steps), run.schedule().stepSize(),
                EdgeFinder.DEFAULT_TOLERANCE, p -> { }, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s, run \"%s\" (%s), probes of %,d steps from the initialization:%n", experimentSpec.name(),
                run.label(), run.optimizer().fullBatch() ? "full-batch GD" : "SGD, batch " + run.optimizer().batchSize(), steps);
        if (edge.bracketed()) {
            out.printf("  edge of stability: eta = %.4g%n", edge.estimate());
            out.printf("  bracket: [%.4g, %.4g] (no divergence at %.4g, divergence at %.4g)%n", edge.lower(),
                    edge.upper(), edge.lower(), edge.upper());
            out.printf("  the preset's step size %.4g is %.2f x the edge%n", run.schedule().stepSize(),
                    edge.ratio(run.schedule().stepSize()));
        } else if (edge.lower() == 0) {
            out.printf("  edge of stability: below %.4g (every step size tried diverged)%n", edge.upper());
        } else {
            out.printf("  edge of stability: above %.4g (no step size tried diverged)%n", edge.lower());
        }
        out.printf("  %d probes in %.2f s%n", edge.probes(), seconds);
        out.flush();
        return 0;
    }

    /** The index of the run labelled {@code runLabel} (the first run when null); an unknown label is an input error. */
    static int runIndex(ExperimentSpec experimentSpec, String runLabel) {
        List<String> labels = experimentSpec.runs().stream().map(RunSpec::label).toList();
        if (runLabel == null) {
            return 0;
        }
        int index = labels.indexOf(runLabel);
        if (index < 0) {
            throw new InputException("--run: no run labelled \"" + runLabel + "\" in " + experimentSpec.name()
                    + "; runs: " + String.join(", ", labels.stream().map(l -> "\"" + l + "\"").toList()));
        }
        return index;
    }
}
