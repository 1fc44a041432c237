package org.sgdvalley.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sgdvalley.preset.PresetException;
import picocli.CommandLine;

/**
 * The command line: {@code presets}, {@code run} and {@code bench}. Exit codes: 0 success, 2 invalid
 * input (one {@code error:} line on stderr), 1 internal failure (one line, details in a log file
 * under the temporary folder).
 */
public final class Cli {
    /** Exit code of invalid input. */
    public static final int INVALID_INPUT = 2;
    /** Exit code of an internal failure. */
    public static final int INTERNAL_FAILURE = 1;

    /**
     * JavaFX's logger, held so that its level stays set: started from the class path, JavaFX warns
     * about an "unsupported configuration" on stderr, two lines that would come before any error line.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private Cli() {
    }

    /** The configured command line, writing to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        CommandLine cli = new CommandLine(new RootCommand());
        // plain help text: picocli's ANSI codes end bold with ESC[21m, which many terminals draw as a
        // double underline, and old Windows consoles print the codes themselves
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, args) -> {
            err.println("error: " + oneLine(e.getMessage()) + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            err.flush();
            return INVALID_INPUT;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> failure(e, err));
        return cli;
    }

    /**
     * The program as started from a shell: runs {@code args} (the desktop app when there are none) on
     * the process's console and returns the exit code.
     */
    public static int runOnConsole(String[] args) {
        // on the descriptor itself, not System.out, whose PrintStream hides write errors from checkError()
        PrintWriter out = new PrintWriter(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // the first start unpacks the native libraries into JavaCPP's cache: say so, and how far it has got
        NativeUnpacking.reportWhileUnpacking(err);
        LinalgPreload.startFor(args);
        return execute(args.length == 0 ? new String[] {"gui"} : args, out, err);
    }

    /**
     * Runs the command line on {@code args} and returns the exit code. Output that could not be written
     * (a full disk, a closed pipe behind standard output) makes a command that succeeded fail with 2.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        int code;
        try {
            code = commandLine(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(err);
        }
        if (out.checkError() && code == 0) {
            err.println("error: cannot write to standard output (a full disk or a closed pipe)");
            err.flush();
            return INVALID_INPUT;
        }
        return code;
    }

    static int failure(Exception e, PrintWriter err) {
        if (e instanceof PresetException || e instanceof InputException) {
            err.println("error: " + oneLine(e.getMessage()));
            err.flush();
            return INVALID_INPUT;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return outOfMemory(err);
            }
        }
        err.println("error: internal failure: " + oneLine(String.valueOf(e)) + log(e));
        err.flush();
        return INTERNAL_FAILURE;
    }

    /** The estimate from the spec let through an experiment that did not fit after all: say so in one line. */
    private static int outOfMemory(PrintWriter err) {
        err.println("error: out of memory: the experiment did not fit the Java heap (" + (Runtime.getRuntime().maxMemory()
                >> 20) + " MB maximum); use fewer runs or smaller sizes, or give Java more memory with -Xmx");
        err.flush();
        return INTERNAL_FAILURE;
    }

    private static String log(Exception e) {
        try {
            Path file = Files.createTempFile("sgd-valley-error-", ".log");
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
            return " (details in " + file + ")";
        } catch (IOException | RuntimeException ignored) {
            return "";
        }
    }

    /** The first line of {@code message}, with any control character left in it escaped. */
    static String oneLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return PresetException.oneLine((end < 0 ? text : text.substring(0, end)).strip());
    }
}
