package org.sitegen.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.DisplayPaths;
import org.sitegen.jbake.ContentLoader;
import org.sitegen.link.LinkGraph;
import org.sitegen.load.SourceText;
import org.sitegen.publish.OutputPublisher;

/**
 * Runs whole builds: the {@link SitePipeline} writes the site into a staging folder, and only a build without
 * errors replaces the output. An incremental builder (the preview server keeps one) carries what each successful
 * build produced into the next, keyed on content hashes, so that a rebuild redoes only what changed.
 */
public final class SiteBuilder {
    private final OutputPublisher publisher = new OutputPublisher();
    private final boolean incremental;
    private ContentLoader loader = new ContentLoader();
    private Path loaderContent;
    private BuildCache cache = BuildCache.empty();
    private String templatesHash = "";
    private int reusedLastBuild;

    /** A builder for one-off builds. */
    public SiteBuilder() {
        this(false);
    }

    /**
     * @param incremental keep what each successful build produced so that the next build re-reads, re-processes
     *                    and re-renders only what changed (the preview server); costs memory proportional to the site
     */
    public SiteBuilder(boolean incremental) {
        this.incremental = incremental;
    }

    /** Content files read by the last build. */
    public int filesReadLastBuild() {
        return loader.parsedLastLoad();
    }

    /** Pages the last build took over unchanged from the one before instead of rendering them (incremental builds). */
    public int pagesReusedLastBuild() {
        return reusedLastBuild;
    }

    /** Builds and, when {@code publish} is set and the build succeeded, replaces the output. */
    public BuildResult build(BuildOptions options, boolean publish) {
        Diagnostics diagnostics = new Diagnostics();
        StageTimer timer = new StageTimer();
        Path templates = options.project().resolve("templates");
        for (Path folder : List.of(options.content(), templates)) {
            if (!Files.isDirectory(folder)) {
                diagnostics.error(DisplayPaths.of(folder), 0, "folder not found");
            }
        }
        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics, 0, timer.times(), new LinkGraph(List.of()), List.of(), List.of());
        }
        Path staging;
        try {
            staging = publisher.stage(options.output());
        } catch (IOException e) {
            diagnostics.error(options.output().toString(), 0, "cannot create the output folder: " + e.getMessage());
            return new BuildResult(diagnostics, 0, timer.times(), new LinkGraph(List.of()), List.of(), List.of());
        }
        if (!incremental || !options.content().equals(loaderContent)) {
            loader = new ContentLoader();
            loaderContent = options.content();
            cache = BuildCache.empty();
        }
        String hash = hashOf(templates, options.project().resolve("jbake.properties"));
        BuildCache previous = hash.equals(templatesHash) ? cache : new BuildCache(cache.bodies(), java.util.Map.of(), java.util.Map.of());
        PipelineResult result;
        try {
            result = new SitePipeline(loader, previous, incremental).run(options, staging, diagnostics, timer);
        } catch (RuntimeException | StackOverflowError e) {
            // a defect of ours, not an editor's mistake: still no stack trace, no half-written site, and the preview survives
            diagnostics.error(DisplayPaths.of(options.content()), 0, "internal error, please report it: " + e);
            loader = new ContentLoader();
            result = PipelineResult.failed(new LinkGraph(List.of()));
        }
        if (options.strict()) {
            diagnostics.makeWarningsErrors();
        }
        try {
            if (publish && !diagnostics.hasErrors()) {
                publisher.publish(staging, options.output());
                if (incremental) {
                    cache = result.next();
                    templatesHash = hash;
                }
            } else {
                publisher.discard(staging);
            }
        } catch (IOException e) {
            diagnostics.error(options.output().toString(), 0, "cannot publish the output: " + e.getMessage());
            publisher.discard(staging);
        }
        reusedLastBuild = result.reused();
        return new BuildResult(diagnostics, diagnostics.hasErrors() ? 0 : result.pages(), timer.times(), result.links(), result.orphans(),
                result.reviews());
    }

    /** One hash over the templates' names and bytes and the JBake configuration: any change re-renders every page. */
    private static String hashOf(Path templates, Path properties) {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Stream.concat(Files.walk(templates), Stream.of(properties))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(file).append('\0').append(SourceText.sha256(Files.readAllBytes(file))).append('\n');
            }
        } catch (IOException e) {
            return "";
        }
        return all.toString();
    }
}
