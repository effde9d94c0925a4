package org.sitegen.diff;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.sitegen.cli.Main;
import picocli.CommandLine;

/** One run of {@code sitegen diff} through the real command line, with what it printed. */
record DiffRun(int status, String out, String err) {
    static DiffRun of(Object... args) {
        List<String> line = new ArrayList<>(List.of("diff"));
        for (Object arg : args) {
            line.add(arg.toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int status = commandLine.execute(line.toArray(String[]::new));
        return new DiffRun(status, out.toString(), err.toString());
    }

    List<String> lines() {
        return out.lines().toList();
    }

    /** The lines of one edition's block: from its heading to the blank line after it. */
    List<String> edition(String code) {
        List<String> lines = lines();
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Edition " + code + " ") || lines.get(i).startsWith("Edition " + code + ":")) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            throw new AssertionError("no edition " + code + " in:\n" + out);
        }
        int end = start;
        while (end < lines.size() && !lines.get(end).isEmpty()) {
            end++;
        }
        return lines.subList(start, end);
    }
}
