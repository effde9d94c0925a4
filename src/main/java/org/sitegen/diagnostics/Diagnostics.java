package org.sitegen.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Collects every problem of one run so that they can be reported together.
 * Identical diagnostics are reported once; the order is by file and line, so output is stable.
 */
public final class Diagnostics {
    private final TreeSet<Diagnostic> items = new TreeSet<>();

    public void error(String path, int line, String message) {
        add(new Diagnostic(Severity.ERROR, path, line, message));
    }

    public void error(String path, int line, int column, String message) {
        add(new Diagnostic(Severity.ERROR, path, line, column, message));
    }

    public void warning(String path, int line, String message) {
        add(new Diagnostic(Severity.WARNING, path, line, message));
    }

    public synchronized void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public synchronized void addAll(Diagnostics other) {
        items.addAll(other.all());
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity().fails());
    }

    /** {@code --strict}: every warning so far becomes an error. */
    public synchronized void makeWarningsErrors() {
        List<Diagnostic> warnings = warnings();
        items.removeAll(warnings);
        warnings.forEach(w -> items.add(new Diagnostic(Severity.STRICT_ERROR, w.path(), w.line(), w.column(), w.message())));
    }

    public synchronized long count(Severity severity) {
        return items.stream().filter(d -> d.severity() == severity).count();
    }

    public synchronized List<Diagnostic> all() {
        return new ArrayList<>(items);
    }

    public synchronized List<Diagnostic> errors() {
        return items.stream().filter(d -> d.severity().fails()).toList();
    }

    public synchronized List<Diagnostic> warnings() {
        return items.stream().filter(d -> d.severity() == Severity.WARNING).toList();
    }

    /** One line that sums up the run, e.g. {@code 2 errors, 1 warning} or {@code 3 errors, 0 warnings (--strict made 2 warnings errors)}. */
    public synchronized String summary() {
        long strict = count(Severity.STRICT_ERROR);
        long errors = count(Severity.ERROR) + strict;
        long warnings = count(Severity.WARNING);
        return plural(errors, "error") + ", " + plural(warnings, "warning")
                + (strict > 0 ? " (--strict made " + plural(strict, "warning") + " " + (strict == 1 ? "an error" : "errors") + ")" : "");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
