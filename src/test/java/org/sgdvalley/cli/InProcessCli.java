package org.sgdvalley.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in the test's JVM and keeps what it wrote: the base of the command tests. */
abstract class InProcessCli {
    /** Everything the commands of this test wrote to standard output. */
    protected final StringWriter out = new StringWriter();
    /** Everything the commands of this test wrote to standard error. */
    protected final StringWriter err = new StringWriter();

    /** Runs the command line on {@code args}; returns its exit code. */
    protected int run(String... args) {
        return Cli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
