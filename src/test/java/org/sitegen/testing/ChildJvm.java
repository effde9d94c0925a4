package org.sitegen.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the command line ({@code org.sitegen.cli.Main}) in a child JVM on this test's class path, with its own
 * environment (locale) and JVM options, from the project folder; stdout and stderr go to files.
 */
public final class ChildJvm {
    /** JVM options that start a short build about a third faster. */
    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");

    private final Map<String, String> environment;
    private final List<String> jvmOptions;

    public ChildJvm(Map<String, String> environment, List<String> jvmOptions) {
        this.environment = Map.copyOf(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Starts {@code sitegen args}; its stderr goes to {@code err}. */
    public Process start(Path err, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(QUICK_START);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.sitegen.cli.Main");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(TestContent.PROJECT.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exit status and stderr (read as UTF-8) of a run to completion. */
    public record Result(int status, String err) {
    }

    public Result run(Path err, String... args) {
        Process process = start(err, args);
        try {
            int status = process.waitFor();
            return new Result(status, Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
