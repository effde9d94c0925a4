package org.sitegen.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
    private final OutputPublisher publisher;
    private final boolean incremental;
    private ContentLoader loader = new ContentLoader();
    private Path loaderContent;
    private BuildCache cache = BuildCache.empty();
    private String templatesHash = "";
    private int reusedLastBuild;
    /** The rebuild of one edited page, with its templates parsed, for the options and templates it was made for. */
    private EditPreview editPreview;
    private List<Object> editPreviewFor = List.of();
    private java.util.Optional<Set<String>> changedLastBuild = java.util.Optional.empty();
    private boolean supersededLastBuild;
    private String assetsHash = "";
    /** Whether the last whole build was published: while the site has errors, only whole builds may clear them. */
    private boolean lastBuildPublished;
    /** The output path of every page the last published build wrote (incremental builds). */
    private Set<String> publishedPages = Set.of();

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
        // the preview publishes often: the replaced site is deleted in the background, not before the pages reload
        this.publisher = new OutputPublisher(incremental);
    }

    /** Waits until the sites that builds replaced are deleted (the preview deletes them in the background). */
    public void awaitCleaning() throws InterruptedException {
        publisher.awaitCleaning();
    }

    /** Content files read by the last build. */
    public int filesReadLastBuild() {
        return loader.parsedLastLoad();
    }

    /** Pages the last build took over unchanged from the one before instead of rendering them (incremental builds). */
    public int pagesReusedLastBuild() {
        return reusedLastBuild;
    }

    /**
     * The preview's quick answer to a save: when the change is the body of one article or FAQ entry, that page alone is
     * rebuilt, checked and published ({@link EditPreview}); empty when the change needs a whole build, or when the last
     * whole build was not published (a site with errors is cleared by whole builds only). The whole build that follows
     * brings the rest of the site up to date.
     *
     * @param changed the files that changed since the last build (absolute, or relative to the working folder)
     */
    public java.util.Optional<BuildResult> rebuildEdited(BuildOptions options, java.util.Set<Path> changed) {
        if (!incremental || !lastBuildPublished || cache.edit().isEmpty() || !options.content().equals(loaderContent)) {
            return java.util.Optional.empty();
        }
        long start = System.nanoTime();
        if (editPreview == null || !editPreviewFor.equals(List.of(options, templatesHash))) {
            try {
                editPreview = new EditPreview(loader, publisher, options, publisher.scratch(options.output()));
                editPreviewFor = List.of(options, templatesHash);
            } catch (IOException | RuntimeException e) {
                return java.util.Optional.empty();
            }
        }
        return editPreview.rebuild(cache.edit().get(), options, changed).map(outcome -> {
            // the next whole build renders the edited pages again rather than taking over what it wrote before the edit
            // (the cache's maps are this builder's own, changed in place between builds)
            outcome.written().forEach(cache.views()::remove);
            cache = new BuildCache(cache.bodies(), cache.views(), outcome.state().facts(), java.util.Optional.of(outcome.state()));
            reusedLastBuild = 0;
            changedLastBuild = java.util.Optional.of(Set.copyOf(outcome.written()));
            supersededLastBuild = false;
            StageTimer timer = new StageTimer();
            timer.add("edited page", java.time.Duration.ofNanos(System.nanoTime() - start));
            return new BuildResult(outcome.diagnostics(), outcome.written().size(), timer.times(), new LinkGraph(List.of()), List.of(),
                    List.of());
        });
    }

    /**
     * The pages (output paths) whose published file the last build changed, added or removed; empty when any page
     * may have changed (a first build, changed templates or assets, a failed build).
     */
    public java.util.Optional<Set<String>> pagesChangedLastBuild() {
        return changedLastBuild;
    }

    /** Whether the last build stopped because a newer change superseded it (nothing was published). */
    public boolean supersededLastBuild() {
        return supersededLastBuild;
    }

    /** Builds and, when {@code publish} is set and the build succeeded, replaces the output. */
    public BuildResult build(BuildOptions options, boolean publish) {
        return build(options, publish, () -> false);
    }

    /**
     * The same, stopping as soon as {@code superseded} says a newer change made the build out of date (the preview
     * builds again at once): nothing is published then, and {@link #supersededLastBuild()} says so.
     */
    public BuildResult build(BuildOptions options, boolean publish, java.util.function.BooleanSupplier superseded) {
        supersededLastBuild = false;
        changedLastBuild = java.util.Optional.empty();
        Diagnostics diagnostics = new Diagnostics();
        StageTimer timer = new StageTimer(superseded);
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
            long start = System.nanoTime();
            staging = publisher.stage(options.output());
            timer.add("stage", java.time.Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            diagnostics.error(options.output().toString(), 0, "cannot create the output folder: " + e.getMessage());
            return new BuildResult(diagnostics, 0, timer.times(), new LinkGraph(List.of()), List.of(), List.of());
        }
        if (!incremental || !options.content().equals(loaderContent)) {
            loader = new ContentLoader();
            editPreview = null;
            loaderContent = options.content();
            cache = BuildCache.empty();
        }
        String hash = hashOf(templates, options.project().resolve("jbake.properties"));
        BuildCache previous = hash.equals(templatesHash) ? cache : new BuildCache(cache.bodies(), java.util.Map.of(), java.util.Map.of(), java.util.Optional.empty());
        PipelineResult result;
        try {
            result = new SitePipeline(loader, previous, incremental).run(options, staging, diagnostics, timer);
        } catch (BuildSuperseded e) {
            publisher.discard(staging);
            supersededLastBuild = true;
            return new BuildResult(diagnostics, 0, timer.times(), new LinkGraph(List.of()), List.of(), List.of());
        } catch (RuntimeException | StackOverflowError e) {
            // a defect of ours, not an editor's mistake: still no stack trace, no half-written site, and the preview survives
            diagnostics.error(DisplayPaths.of(options.content()), 0, "internal error, please report it: " + e);
            loader = new ContentLoader();
            editPreview = null;
            result = PipelineResult.failed(new LinkGraph(List.of()));
        }
        if (options.strict()) {
            diagnostics.makeWarningsErrors();
        }
        try {
            if (publish && !diagnostics.hasErrors()) {
                long start = System.nanoTime();
                String assets = hashOf(options.project().resolve("assets"), options.project().resolve("jbake.properties"));
                java.util.Optional<Set<String>> changed = incremental && hash.equals(templatesHash) && assets.equals(assetsHash)
                        && !publishedPages.isEmpty()
                        ? java.util.Optional.of(changedPages(publishedPages, result, staging, options.output()))
                        : java.util.Optional.empty();
                publisher.publish(staging, options.output());
                changedLastBuild = changed;
                publishedPages = incremental ? Set.copyOf(result.views()) : Set.of(); // the views map changes in place
                assetsHash = assets;
                timer.add("publish", java.time.Duration.ofNanos(System.nanoTime() - start));
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
        lastBuildPublished = publish && !diagnostics.hasErrors();
        return new BuildResult(diagnostics, diagnostics.hasErrors() ? 0 : result.pages(), timer.times(), result.links(), result.orphans(),
                result.reviews());
    }

    /** The pages that differ between the published output and the staged one: added, removed, or with other bytes. */
    private static Set<String> changedPages(Set<String> before, PipelineResult result, Path staging, Path output) throws IOException {
        Set<String> changed = new java.util.TreeSet<>();
        for (String page : result.views()) {
            Path old = output.resolve(page);
            if (!result.reusedPages().contains(page)
                    && (!before.contains(page) || !Files.isRegularFile(old) || Files.mismatch(old, staging.resolve(page)) != -1)) {
                changed.add(page);
            }
        }
        before.stream().filter(page -> !result.views().contains(page)).forEach(changed::add);
        return changed;
    }

    /**
     * One hash over the names and bytes of the files under {@code folder} and of {@code extra}: for the templates and the
     * JBake configuration, any change re-renders every page; for the assets, any change reloads every open page.
     */
    private static String hashOf(Path folder, Path extra) {
        if (!Files.isDirectory(folder)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Stream.concat(Files.walk(folder), Stream.of(extra))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(file).append('\0').append(SourceText.sha256(Files.readAllBytes(file))).append('\n');
            }
        } catch (IOException e) {
            return "";
        }
        return all.toString();
    }
}
