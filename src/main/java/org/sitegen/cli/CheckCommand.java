package org.sitegen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.link.LinkGraph;
import org.sitegen.review.ReviewListing;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check}: every validation of {@code build}, including the audit, without touching the output. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validate the content and audit the editions; write nothing.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site = new SiteOptions();

    @Mixin
    DraftOption drafts = new DraftOption();

    @Option(names = "--links", description = "Also print the link graph (source, target, kind).")
    boolean links;

    @Option(names = "--reviews", description = "Also print every page's review schedule (next review, last review, reviewer, page, status).")
    boolean reviews;

    @Option(names = "--strict", description = "Treat every warning as an error.")
    boolean strict;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        OptionChecks.requireContent(site);
        OptionChecks.requireBaseUrl(site.baseUrl);
        Path scratch = Files.createTempDirectory("sitegen-check-");
        try {
            BuildOptions options = new BuildOptions(site.project, site.contentFolder(), scratch.resolve("site"), drafts.drafts, site.baseUrl,
                    strict, OptionChecks.today());
            BuildResult result = new SiteBuilder().build(options, false);
            for (String orphan : result.orphans()) {
                result.diagnostics().warning(orphan, 0, "orphan: no other page links to this page or lists it as related");
            }
            if (strict) {
                result.diagnostics().makeWarningsErrors();
            }
            if (reviews) {
                PrintWriter out = spec.commandLine().getOut();
                ReviewListing.lines(result.reviews(), options.today()).forEach(out::println);
                out.flush();
            }
            if (links) {
                PrintWriter out = spec.commandLine().getOut();
                out.println("source\ttarget\tkind");
                for (LinkGraph.Edge edge : result.links().edges()) {
                    out.println(edge.source() + "\t" + edge.target() + "\t" + edge.kind().name().toLowerCase(java.util.Locale.ROOT));
                }
                out.flush();
            }
            return Reporter.report(result, spec.commandLine().getErr(), "check passed");
        } finally {
            Files.deleteIfExists(scratch);
        }
    }
}
