package org.sitegen.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code build}: builds every edition and replaces the output only if nothing failed. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site = new SiteOptions();

    @Mixin
    DraftOption drafts = new DraftOption();

    @Option(names = "--output", defaultValue = "target/site", description = "Output folder (default: target/site).")
    Path output;

    @Option(names = "--strict", description = "Treat every warning as an error: the build fails and the output is left as it was.")
    boolean strict;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        OptionChecks.requireContent(site);
        OptionChecks.requireBaseUrl(site.baseUrl);
        OptionChecks.requireOutput(output, site);
        BuildOptions options = new BuildOptions(site.project, site.contentFolder(), output, drafts.drafts, site.baseUrl, strict,
                OptionChecks.today());
        BuildResult result = new SiteBuilder().build(options, true);
        return Reporter.report(result, spec.commandLine().getErr(), "built " + result.pages() + " pages into " + output);
    }
}
