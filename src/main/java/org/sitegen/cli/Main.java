package org.sitegen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitegen build | check | serve}. Exit status: 0 success, 1 content errors, 2 usage errors. */
@Command(name = "sitegen", mixinStandardHelpOptions = true, version = "sitegen 0.1",
        description = "Builds the regional editions of the medical-education site.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, DiffCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (for tests). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, check or serve");
    }
}
