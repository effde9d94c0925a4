package org.sitegen.render;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.sitegen.lang.EditionLanguage;
import org.sitegen.lang.Languages;
import org.sitegen.lang.Messages;
import org.sitegen.link.RelatedContent;
import org.sitegen.link.SiteIndex;
import org.sitegen.model.PageId;
import org.sitegen.model.SiteContent;
import org.sitegen.region.Edition;
import org.sitegen.render.view.ChooserPage;
import org.sitegen.render.view.SitemapIndexPage;

/**
 * The render stage: builds the typed model of every page of every edition and hands it to a {@link PageSink}.
 * Each edition is a complete site under {@code <code>/}; the output root holds the region chooser and a
 * sitemap index.
 */
public final class EditionRenderer {
    private final SiteContent content;
    private final List<Edition> editions;
    private final Map<String, SiteIndex> indexes;
    private final Map<String, EditionLanguage> languages;
    private final Map<PageId, ProcessedBody> bodies;
    private final RelatedContent related;
    private final Map<String, EditionLinks> links;
    private final RenderSettings settings;
    private final Map<String, Messages> messages;
    private final AtomicLong searchNanos = new AtomicLong();
    private final Map<SiteIndex, SearchWords> searchWords = new java.util.IdentityHashMap<>();
    /** Each edition's pages, prepared once (the preview renders single pages from them again). */
    private final Map<String, EditionPages> pagesByEdition = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param indexes   per edition code, the index of the content it shows (titles in its language)
     * @param languages per edition code, its language and what it shows translated
     */
    public EditionRenderer(SiteContent content, List<Edition> editions, Map<String, SiteIndex> indexes, Map<PageId, ProcessedBody> bodies,
                           RelatedContent related, Map<String, EditionLinks> links, RenderSettings settings,
                           Map<String, Messages> messages, Map<String, EditionLanguage> languages) {
        this.messages = messages;
        this.indexes = indexes;
        this.languages = languages;
        this.content = content;
        this.editions = editions;
        this.bodies = bodies;
        this.related = related;
        this.links = links;
        this.settings = settings;
        indexes.values().forEach(i -> searchWords.computeIfAbsent(i, x -> new SearchWords(x, bodies)));
    }

    /** Time spent building search indexes, summed over editions (for the benchmark). */
    public Duration searchIndexTime() {
        return Duration.ofNanos(searchNanos.get());
    }

    /**
     * Renders everything; returns the number of pages written.
     *
     * @throws RenderFailure when a page cannot be written (its cause says why)
     */
    public int render(PageSink sink) {
        try {
            return renderAll(sink);
        } catch (RenderFailure e) {
            throw e;
        } catch (Exception e) {
            throw new RenderFailure(e);
        }
    }

    /**
     * Writes, in every edition {@code in} accepts, only the page that shows the body of {@code id} (the preview's
     * rebuild of one edited article or FAQ entry), with {@code bodies} in place of the ones this renderer was made
     * with; returns the output paths written. Each edition's pages are prepared once and kept for the next edit.
     *
     * @throws RenderFailure when the page cannot be written
     */
    public List<String> renderPage(PageId id, Map<PageId, ProcessedBody> bodies, PageSink sink, java.util.function.Predicate<Edition> in) {
        // the editions' pages are independent: written in parallel, each finished or failed before a failure is reported
        List<Object> outcomes = editions.parallelStream().filter(edition -> edition.has(id) && in.test(edition)).map(edition -> {
            try {
                return (Object) pages(edition).withBodies(bodies).renderPage(id, sink);
            } catch (Exception e) {
                return e;
            }
        }).toList();
        List<String> written = new ArrayList<>();
        for (Object outcome : outcomes) {
            if (outcome instanceof RenderFailure e) {
                throw e;
            } else if (outcome instanceof Exception e) {
                throw new RenderFailure(e);
            }
            ((java.util.Optional<?>) outcome).ifPresent(path -> written.add((String) path));
        }
        return written;
    }

    private EditionPages pages(Edition edition) {
        return pagesByEdition.computeIfAbsent(edition.code(), code -> {
            SiteIndex index = indexes.get(code);
            return new EditionPages(content, edition, editions, index, bodies, related, links.get(code), settings, searchWords.get(index),
                    messages.get(code), languages);
        });
    }

    private int renderAll(PageSink sink) throws Exception {
        // editions are independent: render them in parallel (the sink and JBake's renderer are thread-safe); every
        // edition finishes or stops before a failure is reported, so nothing is still writing when the caller cleans up
        List<Object> outcomes = editions.parallelStream().map(edition -> {
            try {
                EditionPages pages = pages(edition);
                int written = pages.render(sink);
                searchNanos.addAndGet(pages.searchNanos());
                return (Object) written;
            } catch (Exception e) {
                return e;
            }
        }).toList();
        int count = 0;
        for (Object outcome : outcomes) {
            if (outcome instanceof Exception e) {
                throw new RenderFailure(e);
            }
            count += (Integer) outcome;
        }
        List<ChooserPage.RegionLink> regions = new ArrayList<>();
        List<String> sitemaps = new ArrayList<>();
        for (Edition edition : editions) {
            regions.add(new ChooserPage.RegionLink(edition.code(), edition.region().name(), edition.region().lang(),
                    settings.absolute(edition.code() + "/"), edition.region().isDefault()));
            sitemaps.add(settings.absolute(edition.code() + "/sitemap.xml"));
        }
        // the chooser speaks the default region's language; x-default is the default region's edition
        Edition home = editions.stream().filter(e -> e.region().isDefault()).findFirst().orElse(editions.get(0));
        String defaultLang = home.region().lang();
        String medicalHtml = content.medicalDisclaimer().map(m -> m.html()).orElse("");
        String title = languages.get(home.code()).words().title().orElse(settings.title());
        sink.write("index.html", new ChooserPage(title, defaultLang, Languages.direction(defaultLang), medicalHtml, regions,
                settings.absolute(home.code() + "/"), messages.get(home.code()).strings()));
        sink.write("sitemap.xml", new SitemapIndexPage(sitemaps));
        return count + 2;
    }

    /** A page that could not be written; the pipeline reports its cause. */
    public static final class RenderFailure extends RuntimeException {
        RenderFailure(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
