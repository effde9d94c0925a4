package org.sitegen.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.jbake.JBakeBaker;
import org.sitegen.load.ContentReader;
import org.sitegen.load.FrontMatterSchema;
import org.sitegen.markdown.MarkdownConverter;
import org.sitegen.markdown.RawHtmlPolicy;
import org.sitegen.publish.OutputPublisher;

/**
 * Runs one whole build: JBake crawls and parses the content with our engine, our pipeline renders and
 * audits every edition into a staging folder, and only a build without errors replaces the output.
 * The Flexmark configuration is built once per builder and reused across builds (the preview server keeps one).
 */
public final class SiteBuilder {
    private final ContentReader reader = new ContentReader(new FrontMatterSchema(), new MarkdownConverter(RawHtmlPolicy.standard()));
    private final OutputPublisher publisher = new OutputPublisher();
    private final boolean incremental;
    private JBakeBaker baker;
    private BuildOptions bakerOptions;
    private BuildCache cache;
    private String templatesStamp = "";

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

    /** One baker per project and content folder, kept so that rebuilds re-read only changed files. */
    private JBakeBaker baker(BuildOptions options) {
        if (baker == null || !options.content().equals(bakerOptions.content()) || !options.project().equals(bakerOptions.project())) {
            baker = new JBakeBaker(reader, options.project(), options.content());
            bakerOptions = options;
        }
        return baker;
    }

    private int reusedLastBuild;

    /** Content files read by the last build. */
    public int filesReadLastBuild() {
        return baker == null ? 0 : baker.parsedLastBake();
    }

    /** Pages the last build took over unchanged from the one before instead of rendering them (incremental builds). */
    public int pagesReusedLastBuild() {
        return reusedLastBuild;
    }

    /** Builds and, when {@code publish} is set and the build succeeded, replaces the output. */
    public BuildResult build(BuildOptions options, boolean publish) {
        Diagnostics diagnostics = new Diagnostics();
        StageTimer timer = new StageTimer();
        checkFolders(options, diagnostics);
        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics, 0, timer.times(), new org.sitegen.link.LinkGraph(List.of()), List.of());
        }
        checkStrayFiles(options.content(), diagnostics);
        Path staging;
        try {
            staging = publisher.stage(options.output());
        } catch (IOException e) {
            diagnostics.error(options.output().toString(), 0, "cannot create the output folder: " + e.getMessage());
            return new BuildResult(diagnostics, 0, timer.times(), new org.sitegen.link.LinkGraph(List.of()), List.of());
        }
        String stamp = stamp(options.project().resolve("templates"));
        BuildCache previous = incremental ? (cache != null ? cache : new BuildCache()) : null;
        SitePipeline pipeline = new SitePipeline(options, diagnostics, staging, timer, previous, stamp.equals(templatesStamp));
        try {
            List<Throwable> errors = timer.time("jbake", () -> baker(options).bake(staging, pipeline, diagnostics));
            for (Throwable error : errors) {
                diagnostics.error("templates", 0, "JBake: " + error.getMessage());
            }
        } catch (RuntimeException | StackOverflowError e) {
            // a defect of ours, not an editor's mistake: still no stack trace, no half-written site, and the preview survives
            diagnostics.error(options.content().toString(), 0, "internal error, please report it: " + e);
            baker = null;
        }
        try {
            if (publish && !diagnostics.hasErrors()) {
                publisher.publish(staging, options.output());
                if (incremental) {
                    cache = pipeline.cache();
                    templatesStamp = stamp;
                }
            } else {
                publisher.discard(staging);
            }
        } catch (IOException e) {
            diagnostics.error(options.output().toString(), 0, "cannot publish the output: " + e.getMessage());
            publisher.discard(staging);
        }
        reusedLastBuild = pipeline.reused();
        return new BuildResult(diagnostics, diagnostics.hasErrors() ? 0 : pipeline.pages(), timer.times(), pipeline.links(), pipeline.orphans());
    }

    /** Names, sizes and modification times of the templates: any change re-renders every page. */
    private static String stamp(Path templates) {
        try (Stream<Path> files = Files.walk(templates)) {
            StringBuilder stamp = new StringBuilder();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                stamp.append(file).append(':').append(Files.size(file)).append(':').append(Files.getLastModifiedTime(file).toMillis()).append(';');
            }
            return stamp.toString();
        } catch (IOException e) {
            return "";
        }
    }

    private static void checkFolders(BuildOptions options, Diagnostics diagnostics) {
        for (Path folder : List.of(options.content(), options.project().resolve("templates"))) {
            if (!Files.isDirectory(folder)) {
                diagnostics.error(folder.toString(), 0, "folder not found");
            }
        }
    }

    /** Anything in the content folder that is not Markdown would be silently ignored: make it an error instead. */
    private static void checkStrayFiles(Path content, Diagnostics diagnostics) {
        try (Stream<Path> files = Files.walk(content)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .forEach(p -> diagnostics.error(p.toString(), 0, "not a Markdown file: only .md files belong in the content folder"));
        } catch (IOException e) {
            diagnostics.error(content.toString(), 0, "cannot read the content folder: " + e.getMessage());
        }
    }
}
