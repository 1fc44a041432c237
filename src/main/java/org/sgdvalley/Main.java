package org.sgdvalley;

import org.sgdvalley.cli.Cli;

/** Entry point: with arguments, the command line; without, the desktop app. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.runOnConsole(args));
    }
}
