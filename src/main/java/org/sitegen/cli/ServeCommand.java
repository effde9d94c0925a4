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
import org.sitegen.serve.RebuildLoop;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: binds the port (a taken port is a usage error before anything is built), builds, serves the
 * output on 127.0.0.1, rebuilds when content, templates or assets change (re-reading and re-rendering only what
 * changed) and pushes a reload, or the build's errors, to open pages. Drafts are shown unless {@code --no-drafts}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Build, serve on 127.0.0.1 and rebuild on changes.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1 (default: 8080).")
    int port;

    @Option(names = "--output", defaultValue = "target/site", description = "Output folder (default: target/site).")
    Path output;

    @Option(names = "--drafts", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Show drafts, with a Draft badge (default); --no-drafts hides them as a published build does.")
    boolean drafts;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OptionChecks.requireContent(site);
        OptionChecks.requireBaseUrl(site.baseUrl);
        OptionChecks.requireOutput(output, site);
        if (port < 0 || port > 65535) {
            throw new UsageError("--port " + port + ": must be a number from 0 to 65535");
        }
        PrintWriter err = spec.commandLine().getErr();
        BuildOptions options = new BuildOptions(site.project, site.contentFolder(), output, drafts, site.baseUrl, false,
                OptionChecks.today());
        List<Path> watched = List.of(options.content(), options.project().resolve("templates"), options.project().resolve("assets"));
        try (PreviewServer server = new PreviewServer(output, port)) {
            try {
                server.start();
            } catch (PreviewServer.PortInUseException e) {
                throw new UsageError(e.getMessage());
            }
            RebuildLoop loop = new RebuildLoop(new SiteBuilder(true), options, server, new RebuildLoop.Listener() {
                @Override
                public void built(BuildResult result, long millis, SiteBuilder builder) {
                    Reporter.report(result, err, "built in " + millis + " ms: " + builder.filesReadLastBuild() + " file(s) read, "
                            + (result.pages() - builder.pagesReusedLastBuild()) + " of " + result.pages() + " pages rendered");
                }

                @Override
                public void edited(BuildResult result, long millis) {
                    // its warnings come with the whole build that follows
                    err.println("edited page rebuilt in " + millis + " ms (" + result.pages() + " edition page(s)); bringing the rest "
                            + "of the site up to date");
                    err.flush();
                }

                @Override
                public void crashed(RuntimeException e) {
                    err.println("sitegen: internal error, please report it: " + e + "; waiting for the next change");
                    err.flush();
                }
            });
            try (ChangeWatcher watcher = new ChangeWatcher(watched)) {
                loop.buildOnce();
                err.println("serving http://127.0.0.1:" + server.port() + "/ (Ctrl+C to stop)");
                err.flush();
                loop.run(watcher);
            }
        }
        return ExitCodes.OK;
    }
}
