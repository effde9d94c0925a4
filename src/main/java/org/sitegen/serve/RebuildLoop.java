package org.sitegen.serve;

import java.util.List;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;

/**
 * The preview's build loop: build, tell the open pages (reload, or show the errors), wait for the next change,
 * build again, until the thread is interrupted. One incremental {@link SiteBuilder} carries what each build
 * produced into the next.
 */
public final class RebuildLoop {
    /** Milliseconds without further change before a rebuild starts (a save is often several file events). */
    static final long QUIET_MILLIS = 15;

    /** Told about every build, e.g. to print its diagnostics. */
    public interface Listener {
        void built(BuildResult result, long millis, SiteBuilder builder);

        /** A build ended in a defect of ours instead of a result; the loop goes on with the next change. */
        default void crashed(RuntimeException e) {
        }
    }

    /** The line open pages show when a build crashed. */
    static String crashLine(RuntimeException e) {
        return "sitegen: internal error, please report it: " + e;
    }

    private final SiteBuilder builder;
    private final BuildOptions options;
    private final PreviewServer server;
    private final Listener listener;

    public RebuildLoop(SiteBuilder builder, BuildOptions options, PreviewServer server, Listener listener) {
        this.builder = builder;
        this.options = options;
        this.server = server;
        this.listener = listener;
    }

    /** One build, published when it succeeded, and the open pages told. */
    public BuildResult buildOnce() {
        long start = System.nanoTime();
        BuildResult result = builder.build(options, true);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.ok()) {
            server.siteBuilt();
        } else {
            server.buildFailed(errorLines(result));
        }
        listener.built(result, millis, builder);
        return result;
    }

    /** Rebuilds after every change the watcher reports, until interrupted. */
    public void run(ChangeWatcher watcher) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            watcher.awaitChange(QUIET_MILLIS);
            try {
                buildOnce();
            } catch (RuntimeException e) {
                // never let one bad build end the preview: say so on every open page and wait for the next save
                server.buildFailed(List.of(crashLine(e)));
                listener.crashed(e);
            }
        }
    }

    static List<String> errorLines(BuildResult result) {
        List<String> lines = result.diagnostics().errors().stream().map(Diagnostic::format).toList();
        return lines.isEmpty() ? List.of("the build failed without a message") : lines;
    }
}
