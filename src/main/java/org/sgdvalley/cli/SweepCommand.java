package org.sgdvalley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.sweep.SweepAxis;
import org.sgdvalley.engine.sweep.SweepGrid;
import org.sgdvalley.engine.sweep.SweepRunner;
import org.sgdvalley.engine.sweep.SweepSpec;
import org.sgdvalley.export.AtomicFiles;
import org.sgdvalley.preset.PresetCatalog;
import org.sgdvalley.ui.sweep.SweepPng;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sweep PRESET --run LABEL --x step_size=lo:hi:n --y decay_at=lo:hi:n --out DIR}: a grid of full
 * runs over two parameters of one run, on every core, with sweep.csv, summary.json and a heat map per
 * quantity.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Run one run of a preset over a grid of two parameters (e.g. step size x decay time) and "
                + "write DIR/sweep.csv, DIR/summary.json and a heat map per quantity (DIR/map-*.png).")
final class SweepCommand implements Callable<Integer> {
    static final String CSV_FILE = "sweep.csv";
    static final String SUMMARY_FILE = "summary.json";
    private static final long MAX_ITERATIONS = 10_000_000_000L;
    private static final int MAX_CELLS = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PRESET", description = "A bundled preset name or a preset YAML file.")
    private String preset;

    @Option(names = "--run", required = true, paramLabel = "LABEL", description = "The run whose parameters vary.")
    private String runLabel;

    @Option(names = "--x", required = true, paramLabel = "NAME=lo:hi:count[:log]", description = "The x axis: "
            + "step_size, decay_at, warmup_until, data_seed, sgd_seed, batch or init_scale, from lo to hi in count "
            + "evenly spaced values (:log for log spacing).")
    private String x;

    @Option(names = "--y", required = true, paramLabel = "NAME=lo:hi:count[:log]", description = "The y axis, "
            + "likewise.")
    private String y;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "1", description = "SGD seeds per grid point: "
            + "the run's own, then the next ones (default ${DEFAULT-VALUE}).")
    private int seeds;

    @Option(names = "--iterations", paramLabel = "N", description = "Override the number of steps of every cell.")
    private Long iterations;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the results.")
    private Path out;

    @Option(names = "--resume", description = "Continue the interrupted sweep in DIR from the cells already written.")
    private boolean resume;

    @Option(names = "--force", description = "Overwrite results already in DIR.")
    private boolean force;

    @Override
    public Integer call() throws InterruptedException, IOException {
        SweepSpec sweep = sweep();
        SweepGrid grid = new SweepGrid(sweep);
        List<String> files = new ArrayList<>(List.of(CSV_FILE, SUMMARY_FILE));
        files.addAll(SweepPng.files(grid.quantities()));
        Destination.checkFolder("--out", out, force || resume, files);
        Headless.useIfNoDisplay();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try (SweepLog log = resume ? SweepLog.resume(out.resolve(CSV_FILE), sweep)
                : SweepLog.fresh(out.resolve(CSV_FILE), sweep)) {
            log.rows().forEach(grid::add);
            SweepProgress progress = new SweepProgress(err, sweep.plannedSteps(), grid::finished, sweep.cellCount(),
                    System.console() != null);
            SweepRunner.allCores().run(sweep, log.done(), row -> {
                log.append(row);
                grid.add(row);
            }, progress);
            progress.finish();
            log.finish();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        writeSummary(grid, seconds);
        SweepPng.write(out, grid, metadata(sweep));
        report(grid, seconds);
        return 0;
    }

    private SweepSpec sweep() {
        if (iterations != null && (iterations < 1 || iterations > MAX_ITERATIONS)) {
            throw new InputException("--iterations: must be an integer in [1, " + MAX_ITERATIONS + "], got "
                    + iterations);
        }
        ExperimentSpec base = PresetCatalog.find(preset);
        ExperimentSpec presetSpec = iterations == null ? base : base.withIterations(iterations);
        int run = EdgeCommand.runIndex(presetSpec, runLabel);
        SweepAxis xAxis = axis("--x", x, presetSpec, run);
        SweepAxis yAxis = axis("--y", y, presetSpec, run);
        if (xAxis.parameter() == yAxis.parameter()) {
            throw new InputException("--y: must vary another parameter than --x, both are " + xAxis.parameter().key());
        }
        if (seeds < 1 || seeds > SweepSpec.MAX_SEEDS) {
            throw new InputException("--seeds: must be an integer in [1, " + SweepSpec.MAX_SEEDS + "], got " + seeds);
        }
        long cells = (long) xAxis.count() * yAxis.count() * seeds;
        if (cells > MAX_CELLS) {
            throw new InputException("--x, --y, --seeds: at most " + MAX_CELLS + " cells, got " + cells);
        }
        try {
            return new SweepSpec(presetSpec, run, xAxis, yAxis, seeds);
        } catch (IllegalArgumentException e) {
            throw new InputException("--seeds: " + e.getMessage());
        }
    }

    /** Parses an axis and checks that both its ends apply to the run. */
    private static SweepAxis axis(String option, String text, ExperimentSpec presetSpec, int run) {
        try {
            SweepAxis axis = SweepAxis.parse(text);
            axis.parameter().apply(presetSpec, run, axis.value(0));
            axis.parameter().apply(presetSpec, run, axis.value(axis.count() - 1));
            return axis;
        } catch (IllegalArgumentException e) {
            throw new InputException(option + ": " + e.getMessage());
        }
    }

    private void writeSummary(SweepGrid grid, double seconds) throws IOException {
        SweepSpec sweep = grid.sweep();
        ObjectNode root = JSON.createObjectNode();
        root.put("preset", sweep.preset().name());
        root.put("run", sweep.runLabel());
        root.put("iterations", sweep.preset().iterations());
        root.put("seeds", sweep.seeds());
        putAxis(root.putObject("x"), sweep.x());
        putAxis(root.putObject("y"), sweep.y());
        root.put("cells", grid.finished());
        root.put("seconds", seconds);
        ArrayNode points = root.putArray("grid");
        for (int j = 0; j < sweep.y().count(); j++) {
            for (int i = 0; i < sweep.x().count(); i++) {
                ObjectNode p = points.addObject();
                p.put("x_index", i).put("y_index", j).put("x", sweep.x().value(i)).put("y", sweep.y().value(j));
                ObjectNode median = p.putObject("median");
                for (String q : grid.quantities()) {
                    putNumber(median, q, grid.value(q, i, j));
                }
            }
        }
        ArrayNode edge = root.putArray("edge_of_stability");
        double[] boundary = grid.boundary();
        for (int j = 0; j < boundary.length; j++) {
            ObjectNode e = edge.addObject().put("y", sweep.y().value(j));
            putNumber(e, "x", Double.isNaN(boundary[j]) ? Double.NaN : sweep.x().valueAt(boundary[j]));
        }
        ArrayNode presetRuns = root.putArray("preset_runs");
        sweep.presetPoints().forEach(p -> presetRuns.addObject().put("label", p.label()).put("x", p.x()).put("y", p.y()));
        String text = JSON.writeValueAsString(root) + "\n";
        AtomicFiles.writeText(out.resolve(SUMMARY_FILE), true, w -> w.write(text));
    }

    private static void putAxis(ObjectNode node, SweepAxis axis) {
        node.put("parameter", axis.parameter().key()).put("lo", axis.lo()).put("hi", axis.hi())
                .put("count", axis.count()).put("log", axis.log());
    }

    private static void putNumber(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    private Map<String, String> metadata(SweepSpec sweep) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("Software", "SGD Valley");
        meta.put("Title", "Sweep of " + sweep.preset().name() + ", run \"" + sweep.runLabel() + "\"");
        meta.put("Preset", sweep.preset().name());
        meta.put("Run", sweep.runLabel());
        meta.put("Sweep", "x " + sweep.x() + ", y " + sweep.y() + ", seeds " + sweep.seeds() + ", iterations "
                + sweep.preset().iterations());
        var run = sweep.preset().runs().get(sweep.runIndex());
        meta.put("Seeds", "init=" + sweep.preset().initSeed() + ", data=" + sweep.preset().data().seed() + ", sgd="
                + run.optimizer().seed() + " + seed index");
        meta.put("Command", "sweep " + preset + " --run \"" + runLabel + "\" --x " + x + " --y " + y + " --seeds "
                + seeds + (iterations == null ? "" : " --iterations " + iterations));
        return meta;
    }

    private void report(SweepGrid grid, double seconds) {
        PrintWriter stdout = spec.commandLine().getOut();
        SweepSpec sweep = grid.sweep();
        long diverged = 0;
        for (int j = 0; j < sweep.y().count(); j++) {
            for (int i = 0; i < sweep.x().count(); i++) {
                diverged += grid.rows(i, j).stream().filter(r -> r.diverged()).count();
            }
        }
        stdout.printf("%,d cells (%d x %d x %d seeds) of %,d steps in %.1f s; %,d diverged%n", grid.finished(),
                sweep.x().count(), sweep.y().count(), sweep.seeds(), sweep.preset().iterations(), seconds, diverged);
        stdout.println("wrote " + out.resolve(CSV_FILE) + ", " + out.resolve(SUMMARY_FILE) + " and "
                + grid.quantities().size() + " maps " + out.resolve("map-*.png"));
        stdout.flush();
    }
}
