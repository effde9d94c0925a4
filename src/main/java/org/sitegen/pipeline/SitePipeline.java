package org.sitegen.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jbake.app.configuration.JBakeConfiguration;
import org.sitegen.audit.AuditStage;
import org.sitegen.audit.PageFacts;
import org.sitegen.claims.ClaimsStage;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.glossary.GlossaryChecker;
import org.sitegen.glossary.GlossaryMatcher;
import org.sitegen.images.ImageCatalog;
import org.sitegen.images.ImageStage;
import org.sitegen.images.ImageWriter;
import org.sitegen.jbake.AssetCopier;
import org.sitegen.jbake.ContentLoader;
import org.sitegen.jbake.JBakeConfigurations;
import org.sitegen.jbake.JBakePageWriter;
import org.sitegen.jbake.TemplateProblem;
import org.sitegen.lang.EditionLanguage;
import org.sitegen.lang.EditionLanguages;
import org.sitegen.lang.MessageFiles;
import org.sitegen.lang.Shown;
import org.sitegen.lang.Translations;
import org.sitegen.lang.Messages;
import org.sitegen.link.LinkChecker;
import org.sitegen.link.LinkGraph;
import org.sitegen.link.ResolvedLinks;
import org.sitegen.link.SiteIndex;
import org.sitegen.load.LoadedContent;
import org.sitegen.load.SiteAssembler;
import org.sitegen.model.PageId;
import org.sitegen.model.SiteContent;
import org.sitegen.region.Edition;
import org.sitegen.release.ReleaseRecorder;
import org.sitegen.release.ReleaseStage;
import org.sitegen.review.PageReview;
import org.sitegen.review.ReviewStage;
import org.sitegen.region.EditionPlanner;
import org.sitegen.render.BodyStage;
import org.sitegen.render.EditionRenderer;
import org.sitegen.render.ProcessedBody;
import org.sitegen.render.RelatedStage;
import org.sitegen.render.RenderSettings;

/**
 * One build, top to bottom: load → assemble → plan editions → reviews → resolve links → glossary and bodies →
 * claims → related → render → assets → audit → release. Each stage takes records and returns records; the timer wraps the stages from here.
 * Publishing the staged output is the caller's ({@link SiteBuilder}).
 */
final class SitePipeline {
    private final ContentLoader loader;
    private final BuildCache previous;
    private final boolean keepForNextBuild;

    /**
     * @param previous         what the previous successful build left (incremental builds), or an empty cache
     * @param keepForNextBuild whether the result carries what the next incremental build reuses (the audit's facts of
     *                         every page); a one-off build keeps only one edition's facts in memory at a time
     */
    SitePipeline(ContentLoader loader, BuildCache previous, boolean keepForNextBuild) {
        this.loader = loader;
        this.previous = previous;
        this.keepForNextBuild = keepForNextBuild;
    }

    /** Builds the whole site into {@code staging}; problems go to {@code diagnostics}. */
    PipelineResult run(BuildOptions options, Path staging, Diagnostics diagnostics, StageTimer timer) {
        JBakeConfiguration config = JBakeConfigurations.of(options.project(), options.content(), staging);

        LoadedContent loaded = timer.time("load", () -> loader.load(config));
        diagnostics.addAll(loaded.diagnostics());
        SiteContent content = SiteAssembler.assemble(loaded.records(), options.content(), diagnostics);

        Map<String, Messages> messages = new MessageFiles(options.project().resolve("templates"))
                .forRegions(content.regions(), diagnostics);
        Translations translations = Translations.collect(loaded.records(), content, options.content(), false, diagnostics);
        Map<String, EditionLanguage> languages = EditionLanguages.plan(content, translations, diagnostics);
        GlossaryMatcher matcher = new GlossaryMatcher(content.glossary(), content.site().language());
        List<Edition> editions = timer.time("plan", () -> {
            new GlossaryChecker().check(content.glossary(), matcher, diagnostics);
            return new EditionPlanner(options.drafts()).plan(content, diagnostics,
                    (region, id) -> languages.get(region.code()).of(id) == Shown.OMITTED);
        });

        List<PageReview> reviews = timer.time("reviews", () -> new ReviewStage(options.today()).review(content, editions, diagnostics));

        SiteIndex index = new SiteIndex(content, loaded.unloaded());
        ResolvedLinks links = timer.time("link", () -> new LinkChecker(index).check(content, diagnostics));
        LinkGraph graph = links.graph();
        ImageCatalog images = timer.time("images", () -> new ImageStage().run(options.content(), content, diagnostics));
        if (diagnostics.hasErrors()) {
            return PipelineResult.failed(graph);
        }
        List<TranslatedEditions> translated = timer.time("link (translations)",
                () -> TranslatedEditions.check(editions, languages, loaded.unloaded(), options.content(), diagnostics));
        if (diagnostics.hasErrors()) {
            return PipelineResult.failed(graph);
        }

        BodyStage.Result bodies = timer.time("glossary+bodies", () -> new BodyStage(index, matcher, images)
                .process(content, editions, links, loaded, previous.bodies()));
        Map<PageId, ProcessedBody> processed = bodies.bodies();
        if (new RefusedHtml().report(content, processed, diagnostics)) {
            return PipelineResult.failed(graph);
        }
        for (TranslatedEditions group : translated) {
            Map<PageId, ProcessedBody> own = timer.time("glossary+bodies (translations)", () -> group.bodies(images));
            if (new RefusedHtml().report(group.documents(), own, diagnostics)) {
                return PipelineResult.failed(graph);
            }
            processed = BodyStage.merge(processed, own);
        }
        Map<PageId, ProcessedBody> allBodies = processed;
        new GlossaryUsage().warnUnused(content, processed, diagnostics);
        timer.time("claims", () -> new ClaimsStage().check(content, shownContent(translated, content), editions, allBodies, diagnostics));

        RelatedStage.Result related = timer.time("related+backlinks", () -> new RelatedStage().relate(content, editions, allBodies));
        List<String> orphans = new Orphans().of(content, graph, related.related());
        Map<String, SiteIndex> indexes = new java.util.HashMap<>();
        for (Edition edition : editions) {
            indexes.put(edition.code(), translated.stream().filter(g -> g.editions().contains(edition)).findFirst()
                    .map(TranslatedEditions::index).orElse(index));
        }

        RenderSettings settings = new RenderSettings(content.site(), options.baseUrl());
        ReusingPageWriter writer = new ReusingPageWriter(new JBakePageWriter(config), previous.views(), options.output(), staging,
                keepForNextBuild, timer);
        ReleaseRecorder recorder = new ReleaseRecorder(writer);
        int pages;
        EditionRenderer renderer = new EditionRenderer(content, editions, indexes, allBodies, related.related(), related.editionLinks(),
                settings, messages, languages);
        try {
            pages = timer.time("render", () -> renderer.render(recorder));
            timer.add("search-index (in render)", renderer.searchIndexTime());
        } catch (TemplateProblem e) {
            diagnostics.error(e.path(), e.line(), e.column(), e.getMessage());
            return PipelineResult.failed(graph);
        } catch (EditionRenderer.RenderFailure e) {
            if (BuildSuperseded.in(e)) {
                throw new BuildSuperseded();
            }
            TemplateProblem problem = templateProblem(e);
            if (problem != null) {
                diagnostics.error(problem.path(), problem.line(), problem.column(), problem.getMessage());
            } else {
                diagnostics.error(options.project().resolve("templates").toString(), 0, "rendering failed: " + e.getMessage());
            }
            return PipelineResult.failed(graph);
        }

        timer.time("assets", () -> {
            AssetCopier.copy(config)
                    .forEach(problem -> diagnostics.error(options.project().resolve("assets").toString(), 0, "cannot copy: " + problem));
            new ImageWriter().write(images, staging, options.output(), diagnostics);
        });

        Map<String, PageFacts> facts = timer.time("audit", () -> new AuditStage(content, languages, messages, options.output(), options.baseUrl())
                .audit(staging, diagnostics, previous.facts(), writer.reused(), keepForNextBuild));

        timer.time("release", () -> {
            try {
                Map<String, SiteContent> shown = new java.util.HashMap<>();
                languages.forEach((code, language) -> shown.put(code, language.content()));
                new ReleaseStage().write(staging, recorder.pages(), content, shown);
            } catch (java.io.IOException e) {
                diagnostics.error(options.output().toString(), 0, "cannot write release.json: " + e.getMessage());
            }
        });

        java.util.Optional<EditState> edit = keepForNextBuild
                ? java.util.Optional.of(new EditState(options, content, editions, languages, index, matcher, images, allBodies, messages,
                facts, renderer))
                : java.util.Optional.empty();
        BuildCache next = new BuildCache(bodies.cache(), writer.views(), facts, edit);
        return new PipelineResult(pages, writer.reused().size(), graph, orphans, reviews, next, writer.views().keySet(), writer.reused());
    }

    /** Per edition, the content it shows: its translations' in place of their sources, else the content itself. */
    private static java.util.function.Function<Edition, SiteContent> shownContent(List<TranslatedEditions> translated, SiteContent content) {
        return edition -> translated.stream().filter(g -> g.editions().contains(edition)).findFirst()
                .map(TranslatedEditions::content).orElse(content);
    }

    private static TemplateProblem templateProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateProblem problem) {
                return problem;
            }
        }
        return null;
    }
}
