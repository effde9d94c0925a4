package org.sitegen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.serve.ChangeWatcher;
import org.sitegen.serve.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: builds, serves the output on 127.0.0.1, rebuilds when content, templates or assets change
 * (re-reading and re-rendering only what changed) and reloads open pages.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Build, serve on 127.0.0.1 and rebuild on changes.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1 (default: 8080).")
    int port;

    @Option(names = "--output", defaultValue = "target/site", description = "Output folder (default: target/site).")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OptionChecks.requireBaseUrl(site.baseUrl);
        OptionChecks.requireOutput(output, site);
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options = new BuildOptions(site.project, site.contentFolder(), output, site.drafts, site.baseUrl, false,
                OptionChecks.today());
        SiteBuilder builder = new SiteBuilder(true);
        BuildResult first = builder.build(options, true);
        Reporter.report(first, err, "built " + first.pages() + " pages");
        List<Path> watched = List.of(options.content(), options.project().resolve("templates"), options.project().resolve("assets"));
        try (PreviewServer server = new PreviewServer(output, port); ChangeWatcher watcher = new ChangeWatcher(watched)) {
            server.start();
            err.println("serving http://127.0.0.1:" + server.port() + "/ (Ctrl+C to stop)");
            err.flush();
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(250);
                if (watcher.takeChange()) {
                    Thread.sleep(100); // let an editor finish saving
                    watcher.takeChange();
                    long start = System.nanoTime();
                    BuildResult result = builder.build(options, true);
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    Reporter.report(result, err, "rebuilt in " + millis + " ms: " + builder.filesReadLastBuild() + " file(s) read, "
                            + (result.pages() - builder.pagesReusedLastBuild()) + " of " + result.pages() + " pages rendered");
                    if (result.ok()) {
                        server.siteChanged();
                    }
                }
            }
        }
        return ExitCodes.OK;
    }
}
