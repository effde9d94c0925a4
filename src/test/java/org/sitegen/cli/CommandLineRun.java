package org.sitegen.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of the command line in this JVM: its exit status and what it printed on stderr. */
record CommandLineRun(int status, String err) {

    static synchronized CommandLineRun of(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream err = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(err);
            int status = Main.run(args);
            err.flush();
            return new CommandLineRun(status, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    List<String> lines() {
        return err.lines().toList();
    }
}
