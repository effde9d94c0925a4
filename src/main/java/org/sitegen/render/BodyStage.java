package org.sitegen.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sitegen.glossary.GlossaryLinker;
import org.sitegen.glossary.GlossaryMatcher;
import org.sitegen.images.ImageCatalog;
import org.sitegen.images.ImagePlacer;
import org.sitegen.link.ResolvedLinks;
import org.sitegen.link.SiteIndex;
import org.sitegen.load.LoadedContent;
import org.sitegen.load.SourceFile;
import org.sitegen.load.SourceText;
import org.sitegen.model.Article;
import org.sitegen.model.FaqEntry;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.Page;
import org.sitegen.model.PageId;
import org.sitegen.model.SiteContent;
import org.sitegen.region.Edition;

/**
 * The glossary stage: every body of the site processed for every edition that shows it ({@link BodyProcessor}),
 * in parallel. A body is taken from the previous build when its file's content hash and the signature of
 * everything else a body depends on (glossary, titles and headings, editions) are both unchanged.
 */
public final class BodyStage {
    private final BodyProcessor processor;

    private final ImageCatalog images;

    public BodyStage(SiteIndex index, GlossaryMatcher matcher) {
        this(index, matcher, ImageCatalog.empty());
    }

    public BodyStage(SiteIndex index, GlossaryMatcher matcher, ImageCatalog images) {
        this.processor = new BodyProcessor(index, new GlossaryLinker(matcher, index.glossary()), new ImagePlacer(images));
        this.images = images;
    }

    /** A processed body with what it was made from. */
    public record CachedBody(String sourceHash, String siteSignature, ProcessedBody body) {
    }

    /** Every body by page, and the cache entries for the next build. */
    public record Result(Map<PageId, ProcessedBody> bodies, Map<PageId, CachedBody> cache) {
    }

    public Result process(SiteContent content, List<Edition> editions, ResolvedLinks links, LoadedContent loaded,
                          Map<PageId, CachedBody> previous) {
        Map<String, String> hashes = new HashMap<>();
        for (SourceFile file : loaded.files()) {
            hashes.put(file.relative(), file.sha256());
        }
        String signature = signature(content, editions, hashes) + images.signature();
        List<Page> pages = content.allPages();
        List<CachedBody> pageBodies = pages.parallelStream().map(page -> cached(previous, page.id(),
                hashes.get(page.id().folder() + "/" + page.id().slug() + ".md"), signature,
                () -> processPage(page, editions, links.of(page.id())))).toList();
        List<CachedBody> entryBodies = content.glossary().parallelStream().map(entry -> cached(previous, entry.id(),
                hashes.get("glossary/" + entry.slug() + ".md"), signature,
                () -> processor.process(entry.id(), entry.body().html(), Urls.GLOSSARY, true, entry.slug(),
                        entry.slug() + "-", editions, links.of(entry.id())))).toList();
        Map<PageId, ProcessedBody> bodies = new LinkedHashMap<>();
        Map<PageId, CachedBody> cache = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            bodies.put(pages.get(i).id(), pageBodies.get(i).body());
            cache.put(pages.get(i).id(), pageBodies.get(i));
        }
        for (int i = 0; i < content.glossary().size(); i++) {
            bodies.put(content.glossary().get(i).id(), entryBodies.get(i).body());
            cache.put(content.glossary().get(i).id(), entryBodies.get(i));
        }
        return new Result(bodies, cache);
    }

    /** The body of one page (an article, FAQ entry or site page) for the editions among {@code editions} that show it. */
    public ProcessedBody processPage(Page page, List<Edition> editions, List<org.sitegen.link.Resolution> resolutions) {
        // FAQ answers share one page: their tooltip ids carry the entry's slug
        String idPrefix = page.id().kind() == PageId.Kind.FAQ ? page.id().slug() + "-" : "";
        List<Edition> showing = editions.stream().filter(e -> e.has(page.id())).toList();
        return processor.process(page.id(), page.body().html(), Urls.pageOf(page.id()), page.glossary(), null, idPrefix, showing,
                resolutions);
    }

    /**
     * The bodies of {@code ids} only, as {@code content} has them (translations), for {@code editions}: no cache, since
     * translated bodies are few. The result is merged over the source's by {@link #merge}.
     */
    public Map<PageId, ProcessedBody> processOnly(SiteContent content, List<Edition> editions, ResolvedLinks links, Set<PageId> ids) {
        Map<PageId, ProcessedBody> bodies = new java.util.concurrent.ConcurrentHashMap<>();
        content.allPages().parallelStream().filter(p -> ids.contains(p.id())).forEach(page -> {
            boolean faq = page.id().kind() == PageId.Kind.FAQ;
            List<Edition> showing = editions.stream().filter(e -> e.has(page.id())).toList();
            bodies.put(page.id(), processor.process(page.id(), page.body().html(), Urls.pageOf(page.id()), page.glossary(), null,
                    faq ? page.id().slug() + "-" : "", showing, links.of(page.id())));
        });
        content.glossary().parallelStream().filter(g -> ids.contains(g.id())).forEach(entry -> bodies.put(entry.id(),
                processor.process(entry.id(), entry.body().html(), Urls.GLOSSARY, true, entry.slug(), entry.slug() + "-", editions,
                        links.of(entry.id()))));
        return bodies;
    }

    /** {@code base} with each body of {@code over} taking the place of its editions' versions. */
    public static Map<PageId, ProcessedBody> merge(Map<PageId, ProcessedBody> base, Map<PageId, ProcessedBody> over) {
        Map<PageId, ProcessedBody> merged = new LinkedHashMap<>(base);
        over.forEach((id, body) -> merged.merge(id, body, (a, b) -> new ProcessedBody(join(a.html(), b.html()), join(a.targets(), b.targets()),
                join(a.terms(), b.terms()),
                java.util.stream.Stream.concat(a.refused().stream(), b.refused().stream()).toList())));
        return merged;
    }

    private static <V> Map<String, V> join(Map<String, V> a, Map<String, V> b) {
        Map<String, V> joined = new HashMap<>(a);
        joined.putAll(b);
        return joined;
    }

    private static CachedBody cached(Map<PageId, CachedBody> previous, PageId id, String sourceHash, String signature,
                                     Supplier<ProcessedBody> process) {
        CachedBody hit = previous.get(id);
        if (hit != null && sourceHash != null && hit.sourceHash().equals(sourceHash) && hit.siteSignature().equals(signature)) {
            return hit;
        }
        ProcessedBody body;
        try {
            body = process.get();
        } catch (RuntimeException | StackOverflowError e) {
            // a defect of ours, still reported against the file being processed, never as a stack trace
            body = ProcessedBody.refused(List.of("internal error while processing this file, please report it: " + e));
        }
        return new CachedBody(sourceHash == null ? "" : sourceHash, signature, body);
    }

    /** What every processed body depends on besides its own source, as one hash. */
    private static String signature(SiteContent content, List<Edition> editions, Map<String, String> hashes) {
        StringBuilder text = new StringBuilder();
        for (GlossaryEntry entry : content.glossary()) {
            text.append("g\0").append(entry.slug()).append('\0').append(hashes.get("glossary/" + entry.slug() + ".md")).append('\n');
        }
        for (Article a : content.articles()) {
            text.append("a\0").append(a.slug()).append('\0').append(a.title()).append('\0').append(a.body().headings()).append('\n');
        }
        for (FaqEntry f : content.faq()) {
            text.append("f\0").append(f.slug()).append('\0').append(f.title()).append('\n');
        }
        for (org.sitegen.model.SitePage p : content.pages()) {
            text.append("p\0").append(p.slug()).append('\0').append(p.title()).append('\n');
        }
        for (Edition edition : editions) {
            text.append("e\0").append(edition.code()).append('\0').append(edition.pages()).append('\n');
        }
        return SourceText.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
