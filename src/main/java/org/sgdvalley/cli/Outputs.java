package org.sgdvalley.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import org.sgdvalley.engine.run.Experiment;
import org.sgdvalley.engine.run.RunResult;
import org.sgdvalley.export.CsvWriter;
import org.sgdvalley.export.StagedFiles;
import org.sgdvalley.export.SummaryWriter;
import org.sgdvalley.session.SessionFile;
import org.sgdvalley.session.Sessions;
import org.sgdvalley.ui.PngReport;

/**
 * The results of {@code run} and {@code resume}, all or none: metrics.csv and summary.json in
 * {@code out}, the four PNG plots when {@code png}, the session when {@code save} is set.
 *
 * @param save  the session file, or null
 * @param force whether existing files may be replaced
 */
record Outputs(Path out, Path save, boolean force, boolean png) {
    static final String METRICS_FILE = "metrics.csv";
    static final String SUMMARY_FILE = "summary.json";
    static final List<String> RESULT_FILES = List.of(METRICS_FILE, SUMMARY_FILE);

    /** Checks every destination before any work (the {@code files} to be written into {@code out}); see {@link Destination}. */
    void check(List<String> files) {
        Destination.checkFolder("--out", out, force, files);
        if (save != null) {
            Destination.checkFile("--save", save, force);
            Destination.checkApart("--save", save, out, files, "--out");
        }
    }

    /** Stages every file, then publishes them together; on any failure nothing is left. */
    void publish(Experiment experiment, List<RunResult> results) throws InterruptedException {
        List<String> columns = experiment.metrics().columns();
        String name = experiment.spec().name();
        try (StagedFiles files = new StagedFiles(force)) {
            files.stageText(out.resolve(METRICS_FILE), w -> CsvWriter.write(w, columns, results));
            files.stageText(out.resolve(SUMMARY_FILE), w -> SummaryWriter.write(w, name, columns, results));
            if (png) {
                PngReport.stage(files, out, experiment, results);
            }
            if (save != null) {
                SessionFile.stage(files, save, Sessions.of(experiment, results));
            }
            files.publish();
        } catch (FileAlreadyExistsException e) {
            throw new InputException(option(e.getFile()) + ": " + e.getFile() + " appeared meanwhile and was not "
                    + "replaced; nothing was written (pass --force to overwrite)");
        } catch (IOException e) {
            throw new InputException(option(e.getMessage()) + ": " + e.getMessage() + "; nothing was written");
        }
    }

    /** The option whose destination a failure message names. */
    private String option(String pathOrMessage) {
        String session = save == null ? null : save.toAbsolutePath().normalize().toString();
        return session != null && pathOrMessage != null && pathOrMessage.contains(session) ? "--save" : "--out";
    }
}
