package org.sitegen.diagnostics;

/**
 * One problem found in the content, located at a file and line an editor can open.
 *
 * @param severity whether the problem fails the build
 * @param path     the file, relative to the project (e.g. {@code content/articles/x.md})
 * @param line     1-based line, or 0 when the problem concerns the whole file
 * @param column   1-based column where one is known (templates), else 0
 * @param message  what is wrong, with a hint where one helps
 */
public record Diagnostic(Severity severity, String path, int line, int column, String message) implements Comparable<Diagnostic> {

    public Diagnostic(Severity severity, String path, int line, String message) {
        this(severity, path, line, 0, message);
    }

    /**
     * Formats the diagnostic as {@code path:line: message} (or {@code path:line:column: message}), warnings prefixed
     * with {@code warning:} and warnings that {@code --strict} made errors with {@code error (--strict):}.
     */
    public String format() {
        String location = line > 0 ? path + ":" + line + (column > 0 ? ":" + column : "") : path;
        String prefix = switch (severity) {
            case WARNING -> "warning: ";
            case STRICT_ERROR -> "error (--strict): ";
            case ERROR -> "";
        };
        return location + ": " + prefix + message;
    }

    @Override
    public int compareTo(Diagnostic other) {
        int byPath = path.compareTo(other.path);
        if (byPath != 0) {
            return byPath;
        }
        int byLine = Integer.compare(line, other.line);
        if (byLine != 0) {
            return byLine;
        }
        int byColumn = Integer.compare(column, other.column);
        return byColumn != 0 ? byColumn : message.compareTo(other.message);
    }
}
