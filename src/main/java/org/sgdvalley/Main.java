package org.sgdvalley;

import java.util.OptionalInt;
import org.sgdvalley.cli.Cli;

/** Entry point: with arguments, the command line; without, the desktop app. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        OptionalInt app = ClassDataLaunch.run(args);
        if (app.isPresent()) {
            System.exit(app.getAsInt());
        }
        ClassDataLaunch.inTheSecondJvm();
        System.exit(Cli.runOnConsole(args));
    }
}
