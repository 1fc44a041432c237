package org.sgdvalley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.ExperimentSpec;
import org.sgdvalley.engine.run.HeadlessRunner;
import org.sgdvalley.engine.run.RunResult;
import org.sgdvalley.preset.TimeEstimate;
import org.sgdvalley.session.ExperimentSession;
import org.sgdvalley.session.SessionException;
import org.sgdvalley.session.SessionFile;
import org.sgdvalley.session.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code resume FILE --iterations N --out DIR}: continues a saved session exactly where it stopped and
 * writes the metrics of the whole run, the saved rows followed by the new ones.
 */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = "Continue a session saved with 'run --save' (or the app) and write DIR/metrics.csv "
                + "and DIR/summary.json.")
final class ResumeCommand implements Callable<Integer> {
    private static final long MAX_ITERATIONS = 10_000_000_000L;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A session file.")
    private Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the results.")
    private Path out;

    @Option(names = "--iterations", paramLabel = "N", description = "Continue to step N (default: the "
            + "session's planned iterations). The schedule and evaluation points follow a plan of N steps.")
    private Long iterations;

    @Option(names = "--save", paramLabel = "FILE", description = "Save the continued session to FILE.")
    private Path save;

    @Option(names = "--force", description = "Overwrite results already in DIR (and the --save file).")
    private boolean force;

    @Option(names = "--allow-long", description = "Run even when the time estimated from the spec is above "
            + "two days.")
    private boolean allowLong;

    @Override
    public Integer call() throws InterruptedException {
        ExperimentSession session = read();
        long reached = session.iteration();
        ExperimentSpec planned = session.spec();
        if (iterations != null) {
            if (iterations < Math.max(1, reached) || iterations > MAX_ITERATIONS) {
                throw new InputException("--iterations: must be an integer in [" + Math.max(1, reached) + ", "
                        + MAX_ITERATIONS + "] (the session was saved at step " + reached + "), got " + iterations);
            }
            planned = Overrides.apply(planned, iterations, null, null);
        }
        Outputs outputs = new Outputs(out, save, force, false);
        outputs.check(Outputs.RESULT_FILES);
        PrintWriter err = spec.commandLine().getErr();
        long done = session.runs().stream().mapToLong(r -> r.state().iteration()).sum();
        RunCommand.announce(TimeEstimate.of(planned, Long.MAX_VALUE, done, Runtime.getRuntime().availableProcessors()),
                allowLong, iterations == null ? "iterations" : "--iterations", err);
        Experiment experiment = restore(session, planned);
        long totalSteps = Math.max(0, planned.iterations() * planned.runs().size() - done);
        Progress progress = new Progress(err, totalSteps, System.console() != null);
        List<RunResult> results = HeadlessRunner.allCores().resume(experiment, Sessions.results(session),
                progress, Long.MAX_VALUE);
        progress.accept(totalSteps);
        progress.finish();
        RunCommand.warnUnavailableMetrics(err);
        outputs.publish(experiment, results);
        PrintWriter stdout = spec.commandLine().getOut();
        for (RunResult result : results) {
            stdout.println(result.label() + ": at step " + result.steps()
                    + (result.divergence() != null ? ", diverged at step " + result.divergence().iteration() : ""));
        }
        stdout.println("resumed from step " + reached + "; wrote " + out.resolve(Outputs.METRICS_FILE) + " and "
                + out.resolve(Outputs.SUMMARY_FILE));
        stdout.flush();
        return 0;
    }

    private ExperimentSession read() {
        try {
            return SessionFile.read(file);
        } catch (SessionException e) {
            throw new InputException(e.getMessage());
        }
    }

    private Experiment restore(ExperimentSession session, ExperimentSpec planned) {
        try {
            return Sessions.restore(session, planned, file.toString());
        } catch (SessionException e) {
            throw new InputException(e.getMessage());
        } catch (UnsupportedOperationException e) {
            throw new InputException(file + ": " + e.getMessage() + " in this build");
        }
    }
}
