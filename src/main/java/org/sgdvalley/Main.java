package org.sgdvalley;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.sgdvalley.cli.Cli;

/** Entry point: with arguments, the command line; without, the desktop app. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // on the descriptor itself, not System.out, whose PrintStream hides write errors from checkError()
        PrintWriter out = new PrintWriter(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Cli.reportNativeUnpacking(err);
        int code = Cli.execute(args.length == 0 ? new String[] {"gui"} : args, out, err);
        System.exit(code);
    }
}
