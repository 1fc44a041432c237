package org.sgdvalley;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.sgdvalley.cli.Cli;

/** Entry point: with arguments, the command line; without, the desktop app. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (args.length == 0) {
            launchGui(args, out, err);
            return;
        }
        System.exit(Cli.execute(args, out, err));
    }

    /** Opens the desktop app. It is not built yet: says so and prints the command-line usage. */
    static void launchGui(String[] args, PrintWriter out, PrintWriter err) {
        err.println("the desktop app is not built yet");
        Cli.commandLine(out, err).usage(out);
    }
}
