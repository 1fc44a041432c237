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
        Cli.reportNativeUnpacking(err);
        int code = Cli.execute(args.length == 0 ? new String[] {"gui"} : args, out, err);
        System.exit(code);
    }
}
