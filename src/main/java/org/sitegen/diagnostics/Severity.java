package org.sitegen.diagnostics;

/** How bad a diagnostic is: errors fail the build, warnings are only reported, unless {@code --strict} makes them errors. */
public enum Severity {
    ERROR,
    WARNING,
    /** A warning that {@code --strict} turned into an error. */
    STRICT_ERROR;

    /** Whether a diagnostic of this severity fails the build. */
    public boolean fails() {
        return this != WARNING;
    }
}
