package org.sgdvalley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sgdvalley.engine.claims.ClaimSet;
import org.sgdvalley.engine.claims.ClaimsEvaluation;
import org.sgdvalley.engine.claims.ClaimsReport;
import org.sgdvalley.engine.claims.PresetClaims;
import org.sgdvalley.engine.claims.Tally;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.preset.PresetCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claims PRESET [--draws N] [--seed S]}: how often each claim of a preset's "what to look for"
 * holds over N draws of the data, initialization and SGD sampling.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Check each claim a preset makes over many draws of its data and SGD seeds.")
final class ClaimsCommand implements Callable<Integer> {
    static final int MAX_DRAWS = 1000;
    static final long MAX_SEED = 1_000_000_000L;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PRESET", description = "A bundled preset name, or a YAML file with the "
            + "name and runs of a bundled preset.")
    private String preset;

    @Option(names = "--draws", paramLabel = "N", description = "Number of draws (default ${DEFAULT-VALUE}).",
            defaultValue = "20")
    private int draws;

    @Option(names = "--seed", paramLabel = "S", description = "Draw i shifts every seed of the preset by S + i "
            + "(default ${DEFAULT-VALUE}: draw 0 is the preset itself).", defaultValue = "0")
    private long seed;

    @Override
    public Integer call() throws InterruptedException {
        if (draws < 1 || draws > MAX_DRAWS) {
            throw new InputException("--draws: must be an integer in [1, " + MAX_DRAWS + "], got " + draws);
        }
        if (seed < 0 || seed > MAX_SEED) {
            throw new InputException("--seed: must be an integer in [0, " + MAX_SEED + "], got " + seed);
        }
        ExperimentSpec experiment = PresetCatalog.find(preset);
        ClaimSet claims;
        try {
            claims = PresetClaims.forSpec(experiment);
        } catch (IllegalArgumentException e) {
            throw new InputException("PRESET: " + e.getMessage());
        }
        int threads = Runtime.getRuntime().availableProcessors();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        ClaimsReport report = ClaimsEvaluation.evaluate(experiment, claims, draws, seed, threads, done -> {
            err.printf("claims: %d of %d draws done%n", done, draws);
            err.flush();
        });
        print(experiment, report, (System.nanoTime() - start) / 1e9, threads);
        return 0;
    }

    private void print(ExperimentSpec experiment, ClaimsReport report, double seconds, int threads) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s: %d draws (draw i shifts the data, initialization and sampling seeds by %d + i)%n",
                experiment.name(), report.draws(), seed);
        for (Tally tally : report.tallies()) {
            out.printf("  %s: %s%n", tally.summary(), tally.statement());
        }
        for (int r = 0; r < report.runLabels().size(); r++) {
            if (report.divergences().get(r) > 0) {
                out.printf("  run \"%s\" diverged in %d of %d draws%n", report.runLabels().get(r),
                        report.divergences().get(r), report.draws());
            }
        }
        out.printf("  %.1f s on %d threads%n", seconds, threads);
        out.flush();
    }
}
