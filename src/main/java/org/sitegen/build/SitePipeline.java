package org.sitegen.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitegen.audit.EditionAudit;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.glossary.GlossaryChecker;
import org.sitegen.glossary.GlossaryLinker;
import org.sitegen.glossary.GlossaryMatcher;
import org.sitegen.jbake.RenderStage;
import org.sitegen.link.LinkChecker;
import org.sitegen.link.LinkGraph;
import org.sitegen.link.RelatedContent;
import org.sitegen.link.SiteIndex;
import org.sitegen.model.Article;
import org.sitegen.model.ContentDocument;
import org.sitegen.model.FaqEntry;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.MedicalDisclaimer;
import org.sitegen.model.Page;
import org.sitegen.model.PageId;
import org.sitegen.model.Product;
import org.sitegen.model.Region;
import org.sitegen.model.SiteContent;
import org.sitegen.region.Edition;
import org.sitegen.region.EditionPlanner;
import org.sitegen.render.BodyProcessor;
import org.sitegen.render.EditionLinks;
import org.sitegen.render.EditionRenderer;
import org.sitegen.render.PageSink;
import org.sitegen.render.ProcessedBody;
import org.sitegen.render.SiteSettings;
import org.sitegen.render.Urls;

/**
 * The stages after loading, in order: validate → link → glossary → editions → render → audit.
 * JBake calls {@link #renderSite} once it has crawled and parsed the content.
 */
final class SitePipeline implements RenderStage {
    private final BuildOptions options;
    private final Diagnostics diagnostics;
    private final Path destination;
    private final StageTimer timer;
    private final SiteSettings settings;
    private LinkGraph links = new LinkGraph(List.of());
    private int pages;
    private int reused;
    private List<String> orphans = List.of();

    /** Cache from the previous successful build, or null for a one-off build. */
    private final BuildCache previous;
    /** What this build leaves for the next one, kept only if it succeeds. */
    private final BuildCache next = new BuildCache();
    private final boolean templatesUnchanged;

    SitePipeline(BuildOptions options, Diagnostics diagnostics, Path destination, StageTimer timer, BuildCache previous,
                 boolean templatesUnchanged) {
        this.previous = previous;
        this.templatesUnchanged = templatesUnchanged;
        this.options = options;
        this.diagnostics = diagnostics;
        this.destination = destination;
        this.timer = timer;
        this.settings = new SiteSettings("Understanding Pain Care", options.baseUrl(), options.liveReload());
    }

    LinkGraph links() {
        return links;
    }

    int pages() {
        return pages;
    }

    /** Pages taken over unchanged from the previous build instead of being rendered again. */
    int reused() {
        return reused;
    }

    List<String> orphans() {
        return orphans;
    }

    BuildCache cache() {
        return next;
    }

    @Override
    public int renderSite(List<ContentDocument> documents, Set<PageId> unloaded, PageSink sink) {
        SiteContent content = assemble(documents);
        if (content.medicalDisclaimer().isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error(options.content().resolve("medical-disclaimer.md").toString(), 0,
                    "missing the site-wide medical disclaimer: create content/medical-disclaimer.md");
        }
        GlossaryMatcher matcher = new GlossaryMatcher(content.glossary());
        List<Edition> editions = timer.time("validate", () -> {
            new GlossaryChecker().check(content.glossary(), matcher, diagnostics);
            return new EditionPlanner(options.drafts()).plan(content, diagnostics);
        });
        SiteIndex index = new SiteIndex(content, unloaded);
        LinkChecker checker = new LinkChecker(index);
        links = timer.time("link", () -> checker.check(content, diagnostics));
        if (diagnostics.hasErrors()) {
            return 0;
        }
        Map<PageId, ProcessedBody> bodies = timer.time("glossary+bodies", () -> processBodies(content, index, checker, matcher, editions));
        warnUnusedGlossary(content, bodies);
        RelatedContent related = timer.time("related+backlinks", () -> related(content, bodies));
        timer.add("related-only", timer.times().get("related+backlinks"));
        Map<String, EditionLinks> editionLinks = timer.time("related+backlinks", () -> {
            List<Page> all = new ArrayList<>(content.articles());
            all.addAll(content.faq());
            List<EditionLinks> computed = editions.parallelStream().map(e -> EditionLinks.of(e, all, bodies)).toList();
            Map<String, EditionLinks> byCode = new LinkedHashMap<>();
            for (int i = 0; i < editions.size(); i++) {
                byCode.put(editions.get(i).code(), computed.get(i));
            }
            return byCode;
        });
        orphans = orphans(content, related);
        int pages;
        ReusingPageSink reusing = new ReusingPageSink(sink, previous != null && templatesUnchanged ? previous.models : Map.of(),
                options.output(), destination);
        try {
            pages = timer.time("render", () -> {
                try {
                    EditionRenderer renderer = new EditionRenderer(content, editions, index, bodies, related, editionLinks, settings);
                    int written = renderer.render(previous != null ? reusing : sink);
                    timer.add("search-index (in render)", renderer.searchIndexTime());
                    return written;
                } catch (Exception e) {
                    throw new TemplateFailure(e);
                }
            });
        } catch (TemplateFailure e) {
            Throwable cause = e.getCause().getCause() != null ? e.getCause().getCause() : e.getCause();
            diagnostics.error("templates", 0, "rendering failed: " + cause.getMessage());
            return 0;
        }
        EditionAudit audit = new EditionAudit(content.regions(), content.products(), options.project().resolve("assets"));
        Map<String, org.sitegen.audit.PageFacts> facts = timer.time("audit", () -> previous == null
                ? audit.audit(destination, diagnostics, Map.of(), Set.of(), false)
                : audit.audit(destination, diagnostics, previous.facts, reusing.reused(), true));
        if (previous != null) {
            next.models = reusing.models();
            reused = reusing.reused().size();
            next.facts = facts;
        }
        this.pages = pages;
        return pages;
    }

    private static final class TemplateFailure extends RuntimeException {
        TemplateFailure(Exception cause) {
            super(cause);
        }
    }

    private Map<PageId, ProcessedBody> processBodies(SiteContent content, SiteIndex index, LinkChecker checker, GlossaryMatcher matcher,
                                                     List<Edition> editions) {
        GlossaryLinker linker = new GlossaryLinker(matcher, index.glossary());
        BodyProcessor processor = new BodyProcessor(checker.resolver(), index, linker);
        Map<PageId, ProcessedBody> bodies = new LinkedHashMap<>();
        List<Page> pages = new ArrayList<>(content.articles());
        pages.addAll(content.faq());
        if (previous != null) {
            next.siteSignature = signature(content, editions);
        }
        boolean reuse = previous != null && previous.siteSignature.equals(next.siteSignature);
        // each body is independent: process them in parallel, keep them in source order
        List<ProcessedBody> pageBodies = pages.parallelStream().map(page -> cached(reuse, page.id(), page, () -> {
            List<Edition> showing = editions.stream().filter(e -> e.has(page.id())).toList();
            boolean article = page.id().kind() == PageId.Kind.ARTICLE;
            return processor.process(page.id(), article ? "articles" : "faq", page.body().html(),
                    Urls.pageOf(page.id()), page.glossary(), null, article ? "" : page.id().slug() + "-", showing);
        })).toList();
        List<ProcessedBody> entryBodies = content.glossary().parallelStream().map(entry -> cached(reuse, entry.id(), entry,
                () -> processor.process(entry.id(), "glossary", entry.body().html(), Urls.GLOSSARY, true, entry.slug(),
                        entry.slug() + "-", editions))).toList();
        for (int i = 0; i < pages.size(); i++) {
            remember(bodies, pages.get(i).id(), pages.get(i), pageBodies.get(i));
        }
        for (int i = 0; i < content.glossary().size(); i++) {
            remember(bodies, content.glossary().get(i).id(), content.glossary().get(i), entryBodies.get(i));
        }
        return bodies;
    }

    private void remember(Map<PageId, ProcessedBody> bodies, PageId id, Object source, ProcessedBody body) {
        bodies.put(id, body);
        if (previous != null) {
            next.bodies.put(id, new BuildCache.CachedBody(source, body));
        }
    }

    /** The previous build's body when its source record is the very same (the file was not re-read) and the site around it is unchanged. */
    private ProcessedBody cached(boolean reuse, PageId id, Object source, java.util.function.Supplier<ProcessedBody> process) {
        BuildCache.CachedBody hit = reuse ? previous.bodies.get(id) : null;
        return hit != null && hit.source() == source ? hit.body() : process.get();
    }

    /** What every processed body depends on besides its own source. */
    private static List<Object> signature(SiteContent content, List<Edition> editions) {
        List<Object> titles = new ArrayList<>();
        content.articles().forEach(a -> titles.add(a.slug() + "\u0000" + a.title() + "\u0000" + a.body().headings()));
        content.faq().forEach(f -> titles.add(f.slug() + "\u0000" + f.title()));
        return List.of(content.glossary(), titles, editions);
    }

    private void warnUnusedGlossary(SiteContent content, Map<PageId, ProcessedBody> bodies) {
        Set<String> used = new HashSet<>();
        bodies.forEach((id, body) -> {
            if (id.kind() != PageId.Kind.GLOSSARY) {
                body.terms().values().forEach(used::addAll);
            }
        });
        for (GlossaryEntry entry : content.glossary()) {
            if (!used.contains(entry.slug())) {
                diagnostics.warning(entry.path(), entry.fields().line("term"), "glossary entry '" + entry.slug() + "' is used by no page");
            }
        }
    }

    /** Pages no other page links to and no other page's related list reaches. */
    private List<String> orphans(SiteContent content, RelatedContent related) {
        Set<PageId> reached = new HashSet<>();
        for (LinkGraph.Edge edge : links.edges()) {
            if (!edge.source().equals(edge.target())) {
                reached.add(edge.target());
            }
        }
        for (Article article : content.articles()) {
            related.of(article.id(), id -> true).forEach(reached::add);
        }
        for (FaqEntry entry : content.faq()) {
            entry.related().forEach(slug -> reached.add(PageId.article(slug)));
        }
        List<String> orphans = new ArrayList<>();
        content.articles().stream().filter(a -> !reached.contains(a.id())).forEach(a -> orphans.add(a.path()));
        content.faq().stream().filter(f -> !reached.contains(f.id())).forEach(f -> orphans.add(f.path()));
        return orphans;
    }

    private static RelatedContent related(SiteContent content, Map<PageId, ProcessedBody> bodies) {
        Map<PageId, Set<String>> terms = new LinkedHashMap<>();
        for (Article article : content.articles()) {
            // editions usually share one set; a union is needed only where region passages make them differ
            java.util.Collection<Set<String>> sets = bodies.get(article.id()).terms().values();
            Set<String> first = sets.isEmpty() ? Set.of() : sets.iterator().next();
            if (sets.stream().allMatch(set -> set == first)) {
                terms.put(article.id(), first);
            } else {
                Set<String> union = new HashSet<>();
                sets.forEach(union::addAll);
                terms.put(article.id(), union);
            }
        }
        return new RelatedContent(content.articles(), content.faq(), terms);
    }

    private static SiteContent assemble(List<ContentDocument> documents) {
        List<Article> articles = new ArrayList<>();
        List<FaqEntry> faq = new ArrayList<>();
        List<GlossaryEntry> glossary = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        List<Product> products = new ArrayList<>();
        MedicalDisclaimer medical = null;
        for (ContentDocument document : documents) {
            if (document instanceof Article a) {
                articles.add(a);
            } else if (document instanceof FaqEntry f) {
                faq.add(f);
            } else if (document instanceof GlossaryEntry g) {
                glossary.add(g);
            } else if (document instanceof Region r) {
                regions.add(r);
            } else if (document instanceof Product p) {
                products.add(p);
            } else if (document instanceof MedicalDisclaimer m) {
                medical = m;
            }
        }
        articles.sort(Comparator.comparing(Article::slug));
        faq.sort(Comparator.comparing(FaqEntry::slug));
        glossary.sort(Comparator.comparing(GlossaryEntry::slug));
        regions.sort(Comparator.comparing(Region::code));
        products.sort(Comparator.comparing(Product::id));
        return new SiteContent(articles, faq, glossary, regions, products, Optional.ofNullable(medical));
    }
}
