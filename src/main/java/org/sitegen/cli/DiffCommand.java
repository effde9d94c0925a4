package org.sitegen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitegen.diff.HtmlReport;
import org.sitegen.diff.JsonReport;
import org.sitegen.diff.ReportWriter;
import org.sitegen.diff.SiteComparer;
import org.sitegen.diff.SiteDiff;
import org.sitegen.diff.SiteDiffException;
import org.sitegen.diff.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code diff OLD_SITE NEW_SITE}: the release report. Exit status 0 when nothing changed, 3 when something did
 * (layout-only changes included), 2 on usage errors, printed as one line {@code error: ...}.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare two built sites edition by edition: the release report for sign-off. "
                + "Exit status: 0 nothing changed, 3 something changed, 2 usage errors.")
final class DiffCommand implements Callable<Integer> {
    /** Something changed: a release script can require sign-off. */
    static final int CHANGED = 3;

    @Parameters(paramLabel = "SITE", arity = "0..*", description = "OLD_SITE NEW_SITE: two output folders written by build.")
    List<String> sites = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default), html or json.")
    String format;

    @CommandLine.Unmatched
    List<String> unmatched = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!unmatched.isEmpty()) {
                throw new SiteDiffException("unknown option or argument: " + unmatched.get(0));
            }
            if (sites.size() != 2) {
                throw new SiteDiffException("diff needs two folders, OLD_SITE NEW_SITE; got " + sites.size());
            }
            ReportWriter report = report(format);
            SiteDiff diff = new SiteComparer().compare(path(sites.get(0)), path(sites.get(1)));
            report.write(diff, spec.commandLine().getOut());
            return diff.hasChanges() ? CHANGED : ExitCodes.OK;
        } catch (SiteDiffException e) {
            return fail(err, e.getMessage());
        } catch (IOException e) {
            return fail(err, "cannot read " + e.getMessage());
        } catch (UncheckedIOException e) {
            return fail(err, "cannot read " + e.getCause().getMessage());
        } catch (RuntimeException e) {
            return fail(err, "diff failed: " + e);
        }
    }

    private static ReportWriter report(String format) throws SiteDiffException {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> new TextReport();
            case "html" -> new HtmlReport();
            case "json" -> new JsonReport();
            default -> throw new SiteDiffException("unknown format '" + format + "': use text, html or json");
        };
    }

    private static Path path(String folder) throws SiteDiffException {
        try {
            return Path.of(folder);
        } catch (InvalidPathException e) {
            throw new SiteDiffException("not a valid folder name: " + folder);
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println("error: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }
}
