package org.sitegen.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.sitegen.model.Article;
import org.sitegen.model.Region;
import org.sitegen.model.SiteContent;
import org.sitegen.review.ReviewSchedule;

/**
 * The audit trail: after the pages are written, each edition gets {@code release.json} with every page's source, the
 * SHA-256 of its HTML as written, its review dates and the product statuses it shows. {@code diff} reads it first.
 */
public final class ReleaseStage {
    /** Site pages' keys in {@link #sources}: article slugs have no colon. */
    private static final String PAGE_PREFIX = "page:";

    private final Sha256 sha256 = new Sha256();

    /**
     * @param pages every HTML page written ({@link ReleaseRecorder}), output paths {@code <edition>/…}
     * @param shown per edition code, the content it shows when that differs from {@code content} (translations): a page
     *              published from a translation names the translation file as its source
     */
    public void write(Path staging, Collection<WrittenPage> pages, SiteContent content, Map<String, SiteContent> shown)
            throws IOException {
        Entries entries = new Entries(staging, content, shown);
        // hashing every page is most of this stage's work: in parallel, then grouped by edition (the manifest sorts by path)
        List<ReleaseManifest.Page> all;
        try {
            all = pages.parallelStream().map(entries::of).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, List<ReleaseManifest.Page>> byEdition = new TreeMap<>();
        for (ReleaseManifest.Page entry : all) {
            int slash = entry.path().indexOf('/');
            byEdition.computeIfAbsent(entry.path().substring(0, slash), k -> new ArrayList<>())
                    .add(entry.withPath(entry.path().substring(slash + 1)));
        }
        ReleaseManifestWriter writer = new ReleaseManifestWriter();
        for (Region region : content.regions()) {
            List<ReleaseManifest.Page> editionPages = byEdition.get(region.code());
            if (editionPages == null) {
                continue;
            }
            String disclaimer = Jsoup.parseBodyFragment(region.disclaimerHtml()).text();
            writer.write(staging.resolve(region.code()), new ReleaseManifest(region.code(), region.name(), sha256.of(disclaimer),
                    disclaimer, editionPages));
        }
    }

    /** Makes each page's entry from what was written and the content it shows. */
    private final class Entries {
        private final Path staging;
        private final ReviewSchedule schedule;
        /** Per edition code, the source file of each article and site page as that edition shows it ({@link #sources}). */
        private final Map<String, Map<String, String>> editionSources = new HashMap<>();
        private final Map<String, String> pageSources = new HashMap<>();
        private final Map<String, Article> articles = new HashMap<>();
        private final Map<String, List<String>> faqAllowed = new HashMap<>();
        private final Map<String, List<String>> glossaryAllowed = new HashMap<>();

        Entries(Path staging, SiteContent content, Map<String, SiteContent> shown) {
            this.staging = staging;
            this.schedule = new ReviewSchedule(content.site());
            Map<SiteContent, Map<String, String>> sourcesOf = new java.util.IdentityHashMap<>();
            for (Region region : content.regions()) {
                editionSources.put(region.code(), sourcesOf.computeIfAbsent(shown.getOrDefault(region.code(), content), ReleaseStage::sources));
            }
            content.pages().forEach(p -> pageSources.put(p.slug(), p.path()));
            content.articles().forEach(a -> articles.put(a.slug(), a));
            content.faq().forEach(f -> faqAllowed.put(f.slug(), f.allowPhrases()));
            content.glossary().forEach(g -> glossaryAllowed.put(g.slug(), g.allowPhrases()));
        }

        /** The entry of one page, still with its output path {@code <edition>/…}. */
        ReleaseManifest.Page of(WrittenPage page) {
            String outputPath = page.outputPath();
            String edition = outputPath.substring(0, outputPath.indexOf('/'));
            String hash;
            try {
                hash = sha256.of(Files.readAllBytes(staging.resolve(outputPath)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String source = "";
            String reviewed = "";
            String reviewer = "";
            String next = "";
            List<String> allowed = List.of();
            Article article = page.kind() == WrittenPage.Kind.ARTICLE ? articles.get(page.slugs().get(0)) : null;
            if (article != null) {
                source = editionSources.getOrDefault(edition, Map.of()).getOrDefault(article.slug(), article.path());
                reviewed = page.reviewed();
                reviewer = page.reviewer();
                next = schedule.next(article).map(Object::toString).orElse("");
                allowed = article.allowPhrases();
            } else if (page.kind() == WrittenPage.Kind.FAQ) {
                allowed = union(page.slugs(), faqAllowed);
            } else if (page.kind() == WrittenPage.Kind.GLOSSARY) {
                allowed = union(page.slugs(), glossaryAllowed);
            } else if (page.kind() == WrittenPage.Kind.SITE_PAGE) {
                String slug = page.slugs().get(0);
                source = editionSources.getOrDefault(edition, Map.of()).getOrDefault(PAGE_PREFIX + slug, pageSources.getOrDefault(slug, ""));
            }
            return new ReleaseManifest.Page(outputPath, source, hash, page.title(), reviewed, next, reviewer, page.products(), allowed);
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
    private static List<String> union(List<String> slugs, Map<String, List<String>> allowed) {
        return slugs.stream().flatMap(slug -> allowed.getOrDefault(slug, List.of()).stream()).distinct().toList();
    }
}
