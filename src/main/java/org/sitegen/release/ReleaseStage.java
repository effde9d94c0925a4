package org.sitegen.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.sitegen.model.Article;
import org.sitegen.model.Region;
import org.sitegen.model.SiteContent;
import org.sitegen.render.view.ArticlePage;
import org.sitegen.render.view.FaqPage;
import org.sitegen.render.view.GlossaryPage;
import org.sitegen.review.ReviewSchedule;
import org.sitegen.render.view.HtmlPage;
import org.sitegen.render.view.PageView;

/**
 * The audit trail: after the pages are written, each edition gets {@code release.json} with every page's source, the
 * SHA-256 of its HTML as written, its review dates and the product statuses it shows. {@code diff} reads it first.
 */
public final class ReleaseStage {
    private final Sha256 sha256 = new Sha256();

    /**
     * @param views every page written, by output path ({@code <edition>/…})
     * @param shown per edition code, the content it shows when that differs from {@code content} (translations): a page
     *              published from a translation names the translation file as its source
     */
    /** Site pages' keys in {@link #sources}: article slugs have no colon. */
    private static final String PAGE_PREFIX = "page:";

    public void write(Path staging, Map<String, PageView> views, SiteContent content, Map<String, SiteContent> shown)
            throws IOException {
        ReviewSchedule schedule = new ReviewSchedule(content.site());
        Map<SiteContent, Map<String, String>> sourcesOf = new java.util.IdentityHashMap<>();
        Map<String, String> pageSources = new HashMap<>();
        content.pages().forEach(p -> pageSources.put(p.slug(), p.path()));
        Map<String, Article> articles = new HashMap<>();
        content.articles().forEach(a -> articles.put(a.slug(), a));
        Map<String, List<String>> faqAllowed = new HashMap<>();
        content.faq().forEach(f -> faqAllowed.put(f.slug(), f.allowPhrases()));
        Map<String, List<String>> glossaryAllowed = new HashMap<>();
        content.glossary().forEach(g -> glossaryAllowed.put(g.slug(), g.allowPhrases()));
        Map<String, List<ReleaseManifest.Page>> byEdition = new TreeMap<>();
        for (Map.Entry<String, PageView> entry : new TreeMap<>(views).entrySet()) {
            if (!(entry.getValue() instanceof HtmlPage page)) {
                continue;
            }
            String outputPath = entry.getKey();
            int slash = outputPath.indexOf('/');
            String edition = outputPath.substring(0, slash);
            String hash = sha256.of(Files.readAllBytes(staging.resolve(outputPath)));
            List<ReleaseManifest.Product> products = page.layout().disclaimer().products().stream()
                    .map(p -> new ReleaseManifest.Product(p.id(), p.status(), p.text())).toList();
            String source = "";
            String reviewed = "";
            String reviewer = "";
            String next = "";
            List<String> allowed = List.of();
            if (page instanceof ArticlePage view && articles.containsKey(view.slug())) {
                Article article = articles.get(view.slug());
                source = sourcesOf.computeIfAbsent(shown.getOrDefault(edition, content), ReleaseStage::sources)
                        .getOrDefault(article.slug(), article.path());
                reviewed = view.reviewed();
                reviewer = view.reviewer();
                next = schedule.next(article).map(Object::toString).orElse("");
                allowed = article.allowPhrases();
            } else if (page instanceof FaqPage faq) {
                allowed = union(faq.topics().stream().flatMap(t -> t.entries().stream()).map(FaqPage.Entry::slug), faqAllowed);
            } else if (page instanceof GlossaryPage glossary) {
                allowed = union(glossary.letters().stream().flatMap(l -> l.entries().stream()).map(GlossaryPage.Term::slug), glossaryAllowed);
            } else if (page instanceof org.sitegen.render.view.StaticPage sitePage) {
                source = sourcesOf.computeIfAbsent(shown.getOrDefault(edition, content), ReleaseStage::sources)
                        .getOrDefault(PAGE_PREFIX + sitePage.slug(), pageSources.getOrDefault(sitePage.slug(), ""));
            }
            byEdition.computeIfAbsent(edition, k -> new ArrayList<>()).add(new ReleaseManifest.Page(outputPath.substring(slash + 1),
                    source, hash, page.layout().page().title(), reviewed, next, reviewer, products, allowed));
        }
        ReleaseManifestWriter writer = new ReleaseManifestWriter();
        for (Region region : content.regions()) {
            List<ReleaseManifest.Page> pages = byEdition.get(region.code());
            if (pages == null) {
                continue;
            }
            String disclaimer = Jsoup.parseBodyFragment(region.disclaimerHtml()).text();
            writer.write(staging.resolve(region.code()), new ReleaseManifest(region.code(), region.name(), sha256.of(disclaimer),
                    disclaimer, pages));
        }
    }

    /**
     * The source file of each article (by slug) and site page (by {@link #PAGE_PREFIX} and slug) as an edition shows
     * it: a translation's own file where it has one.
     */
    private static Map<String, String> sources(SiteContent content) {
        Map<String, String> sources = new HashMap<>();
        for (Article article : content.articles()) {
            sources.put(article.slug(), article.path());
        }
        content.pages().forEach(p -> sources.put(PAGE_PREFIX + p.slug(), p.path()));
        return sources;
    }

    /** The allowed phrases of the entries a page shows, each once, in entry order. */
    private static List<String> union(Stream<String> slugs, Map<String, List<String>> allowed) {
        return slugs.flatMap(slug -> allowed.getOrDefault(slug, List.of()).stream()).distinct().toList();
    }
}
