package org.sitegen.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitegen build | check | serve}. Exit status: 0 success, 1 content errors, 2 usage errors. */
@Command(name = "sitegen", mixinStandardHelpOptions = true, version = "sitegen 0.1",
        description = "Builds the regional editions of the medical-education site.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, DiffCommand.class, TranslationsCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        java.util.Optional<java.nio.file.Path> jar = TunedJvm.relaunchableJar();
        if (jar.isPresent()) {
            System.exit(TunedJvm.relaunch(jar.get(), args));
        }
        // UTF-8 whatever the locale: Java 17 encodes System.out and System.err in the locale's charset (ASCII under LC_ALL=C)
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        int status;
        try {
            status = run(args);
        } catch (OutOfMemoryError e) {
            // the previous site is untouched (publishing is the last step); say what to do instead of a stack trace
            System.err.println("error: out of memory while building: give Java more memory, for example "
                    + "java -Xmx2g -jar sitegen.jar " + String.join(" ", args));
            status = ExitCodes.CONTENT_ERRORS;
        }
        System.exit(status);
    }

    /** Runs the command line and returns the exit status (for tests). */
    public static int run(String... args) {
        return commandLine(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)).execute(args);
    }

    /** The command line printing to {@code out} and {@code err}, usage errors as one line (tests capture both). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof UsageError) {
                line.getErr().println("error: " + e.getMessage());
                line.getErr().flush();
                return ExitCodes.USAGE;
            }
            throw e;
        });
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, check, serve, diff or translations");
    }
}
