package org.sitegen.diff;

import java.io.PrintWriter;

/** Writes a {@link SiteDiff} in one output format. */
public interface ReportWriter {
    void write(SiteDiff diff, PrintWriter out);
}
