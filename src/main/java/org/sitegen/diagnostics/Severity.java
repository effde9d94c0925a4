package org.sitegen.diagnostics;

/** How bad a diagnostic is: errors fail the build, warnings are only reported. */
public enum Severity {
    ERROR,
    WARNING
}
