package org.sitegen.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;

/**
 * The preview's build loop: build, tell the open pages (reload, or show the errors), wait for the next change,
 * build again, until the thread is interrupted. One incremental {@link SiteBuilder} carries what each build
 * produced into the next. A save of one page's body is answered first by rebuilding that page alone; the whole
 * build follows, and a newer save stops it and is answered first.
 */
public final class RebuildLoop {
    /** Milliseconds without further change before a rebuild starts (a save is often several file events). */
    static final long QUIET_MILLIS = 15;

    /** Told about every build, e.g. to print its diagnostics. */
    public interface Listener {
        void built(BuildResult result, long millis, SiteBuilder builder);

        /** One edited page was rebuilt and published ahead of the whole build. */
        default void edited(BuildResult result, long millis) {
        }

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
        return buildOnce(() -> false);
    }

    /**
     * One build, stopped without a word when {@code superseded} says a newer change came (the loop then answers
     * that change first), else published when it succeeded, and the open pages told.
     */
    BuildResult buildOnce(java.util.function.BooleanSupplier superseded) {
        long start = System.nanoTime();
        BuildResult result = builder.build(options, true, superseded);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (builder.supersededLastBuild()) {
            return result;
        }
        if (result.ok()) {
            server.siteBuilt(builder.pagesChangedLastBuild());
        } else {
            server.buildFailed(errorLines(result));
        }
        listener.built(result, millis, builder);
        return result;
    }

    /**
     * The quick answer to a save of one page's body ({@link SiteBuilder#rebuildEdited}): that page published and its
     * open views reloaded; false when the change needs the whole build.
     */
    boolean buildEdited(Set<Path> changed) {
        long start = System.nanoTime();
        Optional<BuildResult> result = builder.rebuildEdited(options, changed);
        if (result.isEmpty()) {
            return false;
        }
        server.siteBuilt(Optional.of(builder.pagesChangedLastBuild().orElse(Set.of())));
        listener.edited(result.get(), (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /**
     * After every change the watcher reports: the edited page first when the change allows it, then the whole
     * build, which a newer change interrupts; until the thread is interrupted.
     */
    public void run(ChangeWatcher watcher) throws InterruptedException {
        // every file changed since the last whole build that ran to its end: the edited page may be rebuilt alone only
        // when it is all that changed (a whole build that a save interrupted still owes the changes before it)
        Set<Path> sinceWholeBuild = new java.util.TreeSet<>();
        while (!Thread.currentThread().isInterrupted()) {
            sinceWholeBuild.addAll(watcher.awaitChange(QUIET_MILLIS));
            try {
                if (buildEdited(sinceWholeBuild) && watcher.hasPendingChange()) {
                    continue; // the next save first; the whole build runs once the saves pause
                }
                buildOnce(() -> watcher.hasPendingChange() || Thread.currentThread().isInterrupted());
                if (!builder.supersededLastBuild()) {
                    sinceWholeBuild.clear();
                }
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
