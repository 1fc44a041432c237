package org.sgdvalley.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level command; without a subcommand it prints the usage. */
@Command(name = "sgd-valley", mixinStandardHelpOptions = true, version = "sgd-valley 0.1.0",
        description = "Train small models with SGD and watch large step sizes learn sparse features.",
        subcommands = {GuiCommand.class, PresetsCommand.class, RunCommand.class, ResumeCommand.class, BenchCommand.class,
                EdgeCommand.class, ClaimsCommand.class, SweepCommand.class,
                picocli.CommandLine.HelpCommand.class})
final class RootCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
