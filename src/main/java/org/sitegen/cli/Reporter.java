package org.sitegen.cli;

import java.io.PrintWriter;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.diagnostics.Diagnostic;

/** Prints every diagnostic as {@code path:line: message}, then a one-line summary. */
final class Reporter {
    private static final int MAX_SHOWN = 200;

    private Reporter() {
    }

    static int report(BuildResult result, PrintWriter err, String success) {
        int shown = 0;
        for (Diagnostic d : result.diagnostics().all()) {
            if (shown++ < MAX_SHOWN) {
                err.println(d.format());
            }
        }
        if (shown > MAX_SHOWN) {
            err.println("… and " + (shown - MAX_SHOWN) + " more");
        }
        if (result.ok()) {
            err.println(success + " (" + result.diagnostics().summary() + ")");
            err.flush();
            return ExitCodes.OK;
        }
        err.println("build failed: " + result.diagnostics().summary() + "; the previous output was left as it was");
        err.flush();
        return ExitCodes.CONTENT_ERRORS;
    }
}
