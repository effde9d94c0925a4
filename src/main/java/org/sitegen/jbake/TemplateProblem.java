package org.sitegen.jbake;

/** A template that cannot be read or run, located for {@code templates/x.ftl:LINE:COL: message}. */
public final class TemplateProblem extends RuntimeException {
    private final String path;
    private final int line;
    private final int column;

    TemplateProblem(String path, int line, int column, String message) {
        super(message, null, false, false);
        this.path = path;
        this.line = line;
        this.column = column;
    }

    public String path() {
        return path;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
