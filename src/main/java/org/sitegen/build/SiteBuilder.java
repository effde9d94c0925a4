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

    /** Builds and, when {@code publish} is set and the build succeeded, replaces the output. */
    public BuildResult build(BuildOptions options, boolean publish) {
        Diagnostics diagnostics = new Diagnostics();
        StageTimer timer = new StageTimer();
        checkFolders(options, diagnostics);
        if (diagnostics.hasErrors()) {
            return new BuildResult(diagnostics, 0, timer.times(), new org.sitegen.link.LinkGraph(List.of()));
        }
        checkStrayFiles(options.content(), diagnostics);
        Path staging;
        try {
            staging = publisher.stage(options.output());
        } catch (IOException e) {
            diagnostics.error(options.output().toString(), 0, "cannot create the output folder: " + e.getMessage());
            return new BuildResult(diagnostics, 0, timer.times(), new org.sitegen.link.LinkGraph(List.of()));
        }
        SitePipeline pipeline = new SitePipeline(options, diagnostics, staging, timer);
        List<Throwable> errors = timer.time("jbake", () -> new JBakeBaker(reader).bake(options.project(), options.content(), staging,
                pipeline, diagnostics));
        for (Throwable error : errors) {
            diagnostics.error("templates", 0, "JBake: " + error.getMessage());
        }
        try {
            if (publish && !diagnostics.hasErrors()) {
                publisher.publish(staging, options.output());
            } else {
                publisher.discard(staging);
            }
        } catch (IOException e) {
            diagnostics.error(options.output().toString(), 0, "cannot publish the output: " + e.getMessage());
            publisher.discard(staging);
        }
        return new BuildResult(diagnostics, diagnostics.hasErrors() ? 0 : pipeline.pages(), timer.times(), pipeline.links());
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
